package dev.schemaverify.bench;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.LintRequest;
import dev.schemaverify.api.LintResult;
import dev.schemaverify.api.MigrateRequest;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.ShadowSettings;
import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What pre-deploy lint ({@code lint} with {@code url}) costs against a target that has applied N migrations and
 * lacks the last one: the applied ones are applied to the shadow without observation, the pending one observed,
 * sizes and catalog read from the target; against the build-time lint of all N + 1 observed. Both use a
 * temporary shadow database on the embedded test server, several runs after a warm-up.
 *
 * <p>{@code java -cp <core test class path> dev.schemaverify.bench.PreDeployLintBenchmark 500 3}
 */
public final class PreDeployLintBenchmark {
    private PreDeployLintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int applied = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("predeploy-bench");
        for (int i = 1; i <= applied; i++) {
            String sql = "CREATE TABLE t" + i + " (id int PRIMARY KEY, v text);\n"
                    + (i > 1 ? "ALTER TABLE t" + (i - 1) + " ADD COLUMN w int;\n" : "SELECT 1;\n");
            Files.writeString(folder.resolve("V" + i + "__step_" + i + ".sql"), sql, StandardCharsets.UTF_8);
        }
        String url = TestDatabases.createDatabase("bench_target");
        DatabaseTarget target = new DatabaseTarget(url, "postgres", null);
        new SchemaVerifier().migrate(new MigrateRequest(MigrationSources.forFolder(folder, "bench"), target,
                MigrateOptions.defaults(), line -> { }));
        Files.writeString(folder.resolve("V" + (applied + 1) + "__ids_bigint.sql"),
                "ALTER TABLE t1 ALTER COLUMN id TYPE bigint;\n", StandardCharsets.UTF_8);
        ShadowSettings shadow = new ShadowSettings(17, null,
                new DatabaseTarget(TestDatabases.server().getJdbcUrl("postgres", "postgres"), "postgres", null));
        LintRequest build = new LintRequest(folder, "bench", shadow);
        LintRequest preDeploy = build.withTarget(new LintRequest.Target(target, null));
        List<Double> all = new ArrayList<>();
        List<Double> pending = new ArrayList<>();
        LintResult last = null;
        for (int run = 0; run <= runs; run++) {
            long a = System.nanoTime();
            new SchemaVerifier().lint(build);
            long b = System.nanoTime();
            last = new SchemaVerifier().lint(preDeploy);
            long c = System.nanoTime();
            if (run > 0) { // the first pair warms the JIT and the server up
                all.add((b - a) / 1e6);
                pending.add((c - b) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "%d applied + 1 pending; median of %d runs: build-time lint of all %.0f ms,"
                + " pre-deploy lint %.0f ms (%s)%n", applied, runs, median(all), median(pending), last.target().summary());
        System.out.println("build-time runs " + all + "\npre-deploy runs " + pending);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
