package dev.schemaverify.bench;

import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintOutcome;
import dev.schemaverify.lint.Linter;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The cost of lint's per-statement observation: the same migrations (N migrations of two trivial
 * statements each, the second altering the table the previous migration created) applied to a fresh
 * database of the embedded server plainly ({@code StepTransactions.applyAll}, as verify builds a shadow)
 * and through the linter with every rule, alternately, several runs each.
 *
 * <p>{@code java -cp <core test class path> dev.schemaverify.bench.LintOverheadBenchmark 500 5}
 */
public final class LintOverheadBenchmark {
    private LintOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int migrations = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path folder = Files.createTempDirectory("lint-bench");
        for (int i = 1; i <= migrations; i++) {
            String sql = "CREATE TABLE t" + i + " (id int PRIMARY KEY, v text);\n"
                    + (i > 1 ? "ALTER TABLE t" + (i - 1) + " ADD COLUMN w int;\n" : "SELECT 1;\n");
            Files.writeString(folder.resolve("V" + i + "__step_" + i + ".sql"), sql, StandardCharsets.UTF_8);
        }
        MigrationSource source = MigrationSources.forFolder(folder, "bench");
        source.steps();
        TestDatabases.server();
        List<Double> plain = new ArrayList<>();
        List<Double> linted = new ArrayList<>();
        int statements = 0;
        int queries = 0;
        for (int run = 0; run <= runs; run++) {
            double a = time(() -> {
                try (Connection c = TestDatabases.connect(TestDatabases.createDatabase("bench_plain"))) {
                    StepTransactions.applyAll(c, source);
                }
                return null;
            });
            LintOutcome[] outcome = new LintOutcome[1];
            double b = time(() -> {
                try (Connection c = TestDatabases.connect(TestDatabases.createDatabase("bench_lint"))) {
                    outcome[0] = new Linter(LintOptions.defaults()).lint(c, source, List.of());
                }
                return null;
            });
            if (run > 0) { // the first pair warms the JIT and the server up
                plain.add(a);
                linted.add(b);
            }
            statements = outcome[0].statements();
            queries = outcome[0].observationQueries();
        }
        double p = median(plain);
        double l = median(linted);
        System.out.printf(Locale.ROOT, "%d migrations, %d statements, %d observation queries; median of %d runs:"
                + " plain %.0f ms, linted %.0f ms, overhead %.0f ms (%.2f ms per statement, x%.2f)%n", migrations,
                statements, queries, runs, p, l, l - p, (l - p) / statements, l / p);
        System.out.println("plain runs " + plain + "\nlinted runs " + linted);
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
