package dev.schemaverify.reconcile.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.schemaverify.bench.PgDump;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.reconcile.ReconcileOptions;
import dev.schemaverify.reconcile.ReconcileScript;
import dev.schemaverify.reconcile.Reconciler;
import dev.schemaverify.shadow.EmbeddedOptions;
import dev.schemaverify.shadow.EmbeddedShadow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The yardstick outside our own inspector: for every corpus pair, {@code pg_dump --schema-only} of A after
 * {@code reconcile.sql} equals the dump of E, except for the differences docs/reconciliation.md documents
 * ("What pg_dump may still show"), which {@link DumpNormalizer} removes. pg_dump must have the server's major
 * version; this machine and CI have PostgreSQL 15's, so the pairs run on an embedded PostgreSQL 15 (one
 * server, two databases per pair, dropped as it goes). Without a pg_dump 15 the test says so loudly, and
 * fails where the {@code CI} environment variable is set.
 */
class PgDumpCorpusIT {
    private static final int MAJOR = 15;
    /** Comments are in the dump; owners are not (--no-owner), ReconcileCorpusIT checks those. */
    private static final ReconcileOptions OPTIONS = new ReconcileOptions(true, true, false, true, true);

    /**
     * Pairs pg_dump still tells apart although they should not (a property the model or the planner does not
     * carry yet): printed on every run but not failing it. Empty, and meant to stay so: a difference is either
     * fixed or a documented exception that {@link DumpNormalizer} removes, with its reason in
     * docs/reconciliation.md; a pair that is equal again is printed as such, so it can be taken off.
     */
    private static final Map<String, String> KNOWN_GAPS = Map.of();

    @Test
    void dumpOfAAfterReconcileEqualsDumpOfE() throws Exception {
        PgDump.Lookup lookup = PgDump.find(MAJOR);
        if (lookup.pgDump() == null) {
            String message = "NO pg_dump CROSS-CHECK OF THE RECONCILIATION CORPUS: " + lookup.skipReason()
                    + ". Install PostgreSQL " + MAJOR + "'s client (pg_dump) to run it.";
            System.err.println("\n*** " + message + " ***\n");
            if (System.getenv("CI") != null) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        PgDump pgDump = lookup.pgDump();
        Map<String, String> differing = new TreeMap<>();
        int pairs = 0;
        try (EmbeddedShadow server = EmbeddedShadow.start(EmbeddedOptions.of(MAJOR).withBinaries(binaries()));
                Connection admin = server.connect()) {
            admin.setAutoCommit(true);
            int port = port(server.jdbcUrl());
            for (CorpusPair pair : CorpusPair.all()) {
                if (pair.manual()) {
                    // the script leaves these to a person on purpose (ReconcileCorpusIT checks what it leaves)
                    System.out.println(pair.name() + ": manual steps, not compared by pg_dump");
                    continue;
                }
                pairs++;
                String a = "dump_a_" + pairs;
                String e = "dump_e_" + pairs;
                try {
                    execute(admin, "CREATE DATABASE " + a);
                    execute(admin, "CREATE DATABASE " + e);
                    try (Connection actual = connect(server, a); Connection expected = connect(server, e)) {
                        apply(actual, pair.actualSql(), pair.actualDisplay());
                        apply(expected, pair.expectedSql(), pair.expectedDisplay());
                        Snapshot target = inspect(expected);
                        String script = ReconcileScript.render(Reconciler.plan(inspect(actual), target, OPTIONS),
                                pair.name(), true);
                        apply(actual, script, pair.name() + "/reconcile.sql");
                    }
                    String difference = DumpNormalizer.difference(pgDump.schema(port, e), pgDump.schema(port, a));
                    if (!difference.isEmpty()) {
                        differing.put(pair.name(), difference);
                    }
                } catch (RuntimeException failure) {
                    differing.put(pair.name(), "  the pair did not run: " + failure.getMessage());
                } finally {
                    execute(admin, "DROP DATABASE IF EXISTS " + a + " WITH (FORCE)");
                    execute(admin, "DROP DATABASE IF EXISTS " + e + " WITH (FORCE)");
                }
            }
        }
        StringBuilder report = new StringBuilder();
        StringBuilder known = new StringBuilder();
        differing.forEach((name, difference) -> (KNOWN_GAPS.containsKey(name) ? known : report).append(name)
                .append(": pg_dump of A after reconcile.sql differs from E's (- E, + A)")
                .append(KNOWN_GAPS.containsKey(name) ? ", known gap: " + KNOWN_GAPS.get(name) : "").append('\n')
                .append(difference).append('\n'));
        KNOWN_GAPS.keySet().stream().sorted().filter(name -> !differing.containsKey(name)).forEach(name -> known
                .append(name).append(": now equal; take it off KNOWN_GAPS\n"));
        System.out.println("pg_dump " + pgDump.describe() + " cross-check: " + (pairs - differing.size()) + " of "
                + pairs + " pairs equal\n" + known + report);
        assertEquals("", report.toString(), "pairs whose pg_dump differs after reconcile.sql");
    }

    private static Snapshot inspect(Connection connection) {
        return new Inspector(InspectOptions.allSchemas()).inspect(connection);
    }

    private static void apply(Connection connection, String sql, String display) throws Exception {
        connection.setAutoCommit(true);
        SqlScripts.execute(connection, sql, display, 0);
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(EmbeddedShadow server, String database) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl().replaceFirst("/" + EmbeddedShadow.DATABASE + "(\\?|$)",
                "/" + database + "$1"), "postgres", "");
    }

    private static int port(String jdbcUrl) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("://[^:/]+:(\\d+)/").matcher(jdbcUrl);
        if (!matcher.find()) {
            throw new IllegalStateException("no port in " + jdbcUrl);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static Path binaries() {
        String value = System.getProperty("schema-verify.test.pg" + MAJOR + "-binaries");
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("PostgreSQL " + MAJOR + " binaries jar not found at " + value
                    + "; run the tests through Maven (mvn verify), which copies it to target/pg-binaries");
        }
        return Path.of(value);
    }

    /**
     * The documented exceptions (docs/reconciliation.md, "What pg_dump may still show"), removed from both
     * dumps before they are compared: comment lines, blank lines and session settings; the order of statements
     * (pg_dump breaks ties by OID, i.e. by creation order); the order of a table's columns (a reconciled
     * table gains its new columns at the end, and PostgreSQL cannot reorder them); the order of storage
     * parameters in {@code WITH (...)} (PostgreSQL keeps them in the order they were set; the order means
     * nothing); a child's columns and checks that its parent has too, written in the child's {@code CREATE
     * TABLE} where the child declares them locally as well (attislocal, conislocal: a table that came to
     * {@code INHERIT} its parent keeps what it had as its own, and no ALTER makes it inherited only).
     */
    static final class DumpNormalizer {
        private DumpNormalizer() {
        }

        static List<String> statements(String dump) {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : dump.split("\n")) {
                if (line.isBlank() || line.startsWith("--") || line.startsWith("\\restrict")
                        || line.startsWith("\\unrestrict")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.endsWith(";")) {
                    String statement = current.toString().strip();
                    current.setLength(0);
                    if (!statement.startsWith("SET ") && !statement.startsWith("SELECT pg_catalog.set_config(")) {
                        statements.add(optionsSorted(statement));
                    }
                }
            }
            if (current.length() > 0) {
                statements.add(current.toString().strip());
            }
            return withoutLocalCopies(statements).stream().map(DumpNormalizer::columnsSorted).sorted().toList();
        }

        private static final Pattern OPTIONS = Pattern.compile("WITH \\(([^()]*)\\)");
        private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE (?:UNLOGGED )?TABLE (\\S+) \\(\n");
        private static final Pattern INHERITS = Pattern.compile("\\nINHERITS \\(([^)]*)\\)");

        /** {@code WITH (fillfactor='90', autovacuum_enabled='false')} with its options sorted. */
        private static String optionsSorted(String statement) {
            Matcher matcher = OPTIONS.matcher(statement);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                List<String> options = new ArrayList<>(List.of(matcher.group(1).split(", ")));
                options.sort(null);
                matcher.appendReplacement(out, Matcher.quoteReplacement("WITH (" + String.join(", ", options) + ")"));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        /**
         * A child's {@code CREATE TABLE ... INHERITS (parent)} without the lines of columns and checks its
         * parents' statements have under the same names (the child writes them without the parent's NOT
         * NULL): whether the child declares them locally as well (attislocal, conislocal) is the documented
         * exception.
         */
        private static List<String> withoutLocalCopies(List<String> statements) {
            Map<String, List<String>> bodies = new TreeMap<>();
            for (String statement : statements) {
                Matcher create = CREATE_TABLE.matcher(statement);
                if (create.find()) {
                    bodies.put(create.group(1), body(statement));
                }
            }
            List<String> out = new ArrayList<>();
            for (String statement : statements) {
                Matcher create = CREATE_TABLE.matcher(statement);
                Matcher inherits = INHERITS.matcher(statement);
                if (!create.find() || !inherits.find()) {
                    out.add(statement);
                    continue;
                }
                List<String> parentNames = new ArrayList<>();
                for (String parent : inherits.group(1).split(", ")) {
                    bodies.getOrDefault(parent.strip(), List.of()).forEach(line -> parentNames.add(nameOf(line)));
                }
                List<String> own = body(statement).stream().filter(line -> !parentNames.contains(nameOf(line))).toList();
                int open = statement.indexOf(" (\n") + 3;
                int close = statement.lastIndexOf("\n)");
                out.add(statement.substring(0, open) + String.join(",\n", own) + statement.substring(close));
            }
            return out;
        }

        /** A column's or constraint's name in its line: {@code id}, {@code "Mixed Case"}, {@code CONSTRAINT c}. */
        private static String nameOf(String line) {
            String text = line.strip();
            String prefix = "";
            if (text.startsWith("CONSTRAINT ")) {
                prefix = "CONSTRAINT ";
                text = text.substring(prefix.length());
            }
            int end = text.startsWith("\"") ? text.indexOf('"', 1) + 1 : text.indexOf(' ');
            return prefix + (end <= 0 ? text : text.substring(0, end));
        }

        /** The column and constraint lines of a {@code CREATE TABLE}, without their trailing commas. */
        private static List<String> body(String statement) {
            int open = statement.indexOf(" (\n") + 3;
            int close = statement.lastIndexOf("\n)");
            if (close < open) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (String line : statement.substring(open, close).split("\n")) {
                lines.add(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
            }
            return lines;
        }

        /** {@code CREATE TABLE t (\n    b int,\n    a int\n);} with its column lines sorted. */
        private static String columnsSorted(String statement) {
            if (!statement.startsWith("CREATE TABLE ") || !statement.contains(" (\n")) {
                return statement;
            }
            int open = statement.indexOf(" (\n") + 3;
            int close = statement.lastIndexOf("\n)");
            if (close < open) {
                return statement;
            }
            List<String> lines = new ArrayList<>();
            for (String line : statement.substring(open, close).split("\n")) {
                lines.add(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
            }
            return statement.substring(0, open) + String.join(",\n", lines.stream().sorted().toList())
                    + statement.substring(close);
        }

        /** The statements only one side has, {@code - } for E's and {@code + } for A's; empty when equal. */
        static String difference(String expectedDump, String actualDump) {
            List<String> expected = new ArrayList<>(statements(expectedDump));
            List<String> actual = new ArrayList<>(statements(actualDump));
            List<String> onlyExpected = new ArrayList<>(expected);
            actual.forEach(onlyExpected::remove);
            List<String> onlyActual = new ArrayList<>(actual);
            expected.forEach(onlyActual::remove);
            StringBuilder out = new StringBuilder();
            onlyExpected.forEach(s -> out.append("  - ").append(s.replace("\n", "\n    ")).append('\n'));
            onlyActual.forEach(s -> out.append("  + ").append(s.replace("\n", "\n    ")).append('\n'));
            return out.toString();
        }
    }
}
