package dev.schemaverify.bench;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintRule;
import dev.schemaverify.lint.LintRules;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long each of lint's catalog rules (one bulk query each) takes on the {@link SyntheticSchema} of N
 * tables, default 5,000, in a fresh database of the embedded test server. Before measuring, the API roles
 * {@code anon} and {@code authenticated} get {@code SELECT} on every table and view of the schema, so the
 * grant, policy and view rules have rows to join, not an empty ACL. Each rule runs once to warm up, then
 * {@code runs} times (default 3); the best time is printed with the number of findings, then the total.
 *
 * <p>{@code java -cp <core test class path> dev.schemaverify.bench.LintCatalogBenchmark 5000 3}
 */
public final class LintCatalogBenchmark {
    private LintCatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "java %s, %d processors%n", System.getProperty("java.version"),
                runtime.availableProcessors());
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("bench_lint_catalog"))) {
            long start = System.nanoTime();
            SyntheticSchema.Counts counts = new SyntheticSchema(tables).create(connection);
            System.out.printf(Locale.ROOT, "generated in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, counts);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DO $$ BEGIN\n"
                        + "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;\n"
                        + "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;\n"
                        + "END $$");
                statement.execute("GRANT SELECT ON ALL TABLES IN SCHEMA app, ledger TO anon, authenticated");
                statement.execute("ANALYZE");
                try (var rows = statement.executeQuery("select current_setting('server_version'), current_user")) {
                    rows.next();
                    System.out.println("PostgreSQL " + rows.getString(1) + "; applicationRoles = " + rows.getString(2));
                }
            }
            String owner;
            try (Statement statement = connection.createStatement(); var rows = statement.executeQuery("select current_user")) {
                rows.next();
                owner = rows.getString(1);
            }
            LintOptions options = new LintOptions(null, null, List.of(owner));
            List<String> lines = new ArrayList<>();
            double total = 0;
            for (LintRule rule : LintRules.all()) {
                if (!(rule instanceof CatalogRule catalogRule)) {
                    continue;
                }
                int findings = catalogRule.check(connection, options).size();
                double best = Double.MAX_VALUE;
                for (int run = 0; run < runs; run++) {
                    long t = System.nanoTime();
                    catalogRule.check(connection, options);
                    best = Math.min(best, (System.nanoTime() - t) / 1e6);
                }
                total += best;
                lines.add(String.format(Locale.ROOT, "| `%s` | %,d | %,.0f ms |", rule.id(), findings, best));
            }
            System.out.println("| rule | findings | best of " + runs + " |\n| --- | ---: | ---: |");
            lines.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "| total | | %,.0f ms |%n", total);
        }
    }
}
