package dev.schemaverify.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's command line.
 *
 * @param tableCounts the schema sizes to measure, in order
 * @param url a server to use instead of the embedded one; the benchmark creates and drops its own
 *     databases there, so the URL's database only serves for {@code CREATE DATABASE}
 * @param generateOnly create the schema and time {@code pg_dump}, but skip the inspection and diff
 * @param keep leave the generated databases in place (to inspect them by hand)
 */
record BenchmarkArgs(List<Integer> tableCounts, String url, String user, String password, boolean generateOnly, boolean keep) {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: InspectBenchmark [--tables N[,N...]] [--url jdbc:postgresql://host:port/db] [--user U] [--password P]",
            "                        [--generate-only] [--keep]",
            "  --tables         schema sizes to measure (default 1000)",
            "  --url            use this server instead of an embedded PostgreSQL; needs CREATEDB",
            "  --user           login for --url (default postgres)",
            "  --password       password for --url (default none; PGPASSWORD is used when unset)",
            "  --generate-only  only create the schemas and time pg_dump (no Inspector, no SchemaDiff)",
            "  --keep           do not drop the generated databases");

    BenchmarkArgs {
        tableCounts = List.copyOf(tableCounts);
    }

    static BenchmarkArgs parse(String[] args) {
        List<Integer> tables = new ArrayList<>();
        String url = null;
        String user = "postgres";
        String password = System.getenv("PGPASSWORD");
        boolean generateOnly = false;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--tables" -> tables.addAll(parseCounts(value(args, ++i, arg)));
                case "--url" -> url = value(args, ++i, arg);
                case "--user" -> user = value(args, ++i, arg);
                case "--password" -> password = value(args, ++i, arg);
                case "--generate-only" -> generateOnly = true;
                case "--keep" -> keep = true;
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    // Bare sizes ("1000 5000") work too, as the exec-maven-plugin comment in the pom shows.
                    if (!arg.matches("[0-9_,]+")) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'" + System.lineSeparator() + USAGE);
                    }
                    tables.addAll(parseCounts(arg));
                }
            }
        }
        if (tables.isEmpty()) {
            tables.add(1000);
        }
        if (url != null && !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--url must look like jdbc:postgresql://host:port/database, got '" + url + "'");
        }
        return new BenchmarkArgs(tables, url, user, password, generateOnly, keep);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value" + System.lineSeparator() + USAGE);
        }
        return args[index];
    }

    private static List<Integer> parseCounts(String text) {
        List<Integer> counts = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                int count = Integer.parseInt(part.strip().replace("_", ""));
                if (count < 1) {
                    throw new NumberFormatException();
                }
                counts.add(count);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--tables takes positive whole numbers separated by commas, got '" + text + "'");
            }
        }
        return counts;
    }
}
