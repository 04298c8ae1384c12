package dev.schemaverify.bench;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.MigrateRequest;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.Quickstart;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.contract.ContractWriter;
import dev.schemaverify.guard.GuardOptions;
import dev.schemaverify.guard.GuardResult;
import dev.schemaverify.guard.SchemaGuard;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long the start-up guard takes, as an application sees it: on the quickstart schema (8 migrations,
 * its hand-written contract and a required version) and on a 500-table synthetic schema with the contract
 * {@code inspect} writes for it. First call (cold JVM classes) and the median of the following calls, each
 * on a fresh connection, as an application's first connection from a pool would be.
 *
 * <p>{@code ./mvnw -q -pl schema-verify-core test-compile exec:java -Dexec.mainClass=dev.schemaverify.bench.GuardBenchmark}
 */
public final class GuardBenchmark {
    private static final int RUNS = 11;

    private GuardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String quickstart = TestDatabases.createDatabase("guard_bench_quickstart");
        new SchemaVerifier().migrate(new MigrateRequest(MigrationSources.forFolder(Quickstart.migrations(),
                Quickstart.MIGRATIONS_DISPLAY), new DatabaseTarget(quickstart, "postgres", null), null, null));
        GuardOptions quickstartOptions = switchesOff(GuardOptions.defaults()
                .withContract(Files.readString(Quickstart.contract()), Quickstart.CONTRACT_DISPLAY)
                .withRequiredVersion("8"));
        measure("quickstart (8 migrations, 7 tables, contract + version)", quickstart, quickstartOptions);

        String large = TestDatabases.createDatabase("guard_bench_500");
        String contract;
        try (Connection connection = TestDatabases.connect(large)) {
            System.out.println("500-table schema: " + new SyntheticSchema(500).create(connection));
            contract = new ContractWriter().write(new Inspector(InspectOptions.allSchemas().withoutBookkeeping())
                    .inspect(connection));
        }
        measure("500 tables (contract written by inspect, " + contract.lines().count() + " lines)", large,
                switchesOff(GuardOptions.defaults().withContract(contract, "schema-contract.yaml")));
    }

    private static GuardOptions switchesOff(GuardOptions options) {
        Map<String, String> none = Map.of();
        return options.withSwitches(none::get, none::get);
    }

    private static void measure(String label, String url, GuardOptions options) throws Exception {
        List<Long> times = new ArrayList<>();
        GuardResult last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            try (Connection connection = TestDatabases.connect(url)) {
                last = SchemaGuard.check(connection, options);
            }
            times.add(System.nanoTime() - start);
        }
        long first = times.get(0);
        List<Long> rest = new ArrayList<>(times.subList(1, times.size()));
        Collections.sort(rest);
        System.out.printf(Locale.ROOT, "%s: first %d ms, median %d ms, worst %d ms of %d; %s, %d objects compared%n",
                label, first / 1_000_000, rest.get(rest.size() / 2) / 1_000_000, rest.get(rest.size() - 1) / 1_000_000,
                rest.size(), last.status(), last.objectsCompared());
    }
}
