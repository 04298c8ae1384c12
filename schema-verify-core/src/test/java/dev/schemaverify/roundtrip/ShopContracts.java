package dev.schemaverify.roundtrip;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.InspectRequest;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.VerifyRequest;
import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.report.ConsoleReport;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * The facade calls the owner and comment ITs share: inspect schema {@code shop} into a contract file, verify a
 * database against it, render the findings as the console does, and run SQL in autocommit mode.
 */
final class ShopContracts {
    private ShopContracts() {
    }

    static DatabaseTarget target(String url) {
        return new DatabaseTarget(url, "postgres", null);
    }

    /** A database with {@code sql} applied. */
    static String database(String prefix, String sql) throws Exception {
        String url = TestDatabases.createDatabase(prefix);
        execute(url, sql);
        return url;
    }

    /** {@code schema-contract.yaml} in {@code folder}, written by inspect of schema {@code shop}. */
    static Path inspect(Path folder, String url, boolean owners, boolean comments) throws Exception {
        String yaml = new SchemaVerifier().inspect(new InspectRequest(null, null, target(url), null, List.of("shop"),
                List.of(), null, owners, comments)).contractYaml();
        Path contract = folder.resolve("schema-contract.yaml");
        Files.writeString(contract, yaml);
        return contract;
    }

    static VerifyResult verify(String url, Path contract) {
        return new SchemaVerifier().verify(new VerifyRequest(contract, "schema-contract.yaml", null, null, target(url),
                null, List.of(), false));
    }

    static String findings(VerifyResult result) {
        return String.join("\n", result.findings().stream().map(ConsoleReport::line).toList());
    }

    static void execute(String url, String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(true);
            SqlScripts.execute(connection, sql, "change.sql", 0);
        }
    }
}
