package dev.schemaverify.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.Properties;

/**
 * Fills one empty database with the {@link SyntheticSchema} of N tables, for {@code bench/bench.py},
 * which then measures whole {@code mvn} processes against it:
 * {@code GenerateSchema jdbc:postgresql://localhost:55610/db 5000 [user]}. The password, if any, comes
 * from {@code PGPASSWORD}.
 */
public final class GenerateSchema {
    private GenerateSchema() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GenerateSchema <jdbc-url> <tables> [user]");
        }
        Properties properties = new Properties();
        properties.setProperty("user", args.length > 2 ? args[2] : "postgres");
        if (System.getenv("PGPASSWORD") != null) {
            properties.setProperty("password", System.getenv("PGPASSWORD"));
        }
        properties.setProperty("ApplicationName", "schema-verify-benchmark");
        int tables = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], properties)) {
            SyntheticSchema.Counts counts = new SyntheticSchema(tables).create(connection);
            System.out.printf(Locale.ROOT, "generated in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, counts);
        }
    }
}
