package dev.schemaverify.bench;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.model.Snapshot;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long {@link Inspector} and {@link SchemaDiff} take, and how much heap they need, on synthetic
 * schemas of 1,000 to 5,000+ tables, next to {@code pg_dump --schema-only} on the same database.
 *
 * <p>Run it with {@code ./mvnw -q -pl schema-verify-core test-compile exec:java -Dexec.args="--tables 1000,5000"};
 * {@code docs/benchmarks.md} explains the options, the heap bound and how to compare with pg_dump.
 */
public final class InspectBenchmark {
    private static final int MEASURED_RUNS = 3;
    private static final double MIB = 1024.0 * 1024.0;

    private final BenchmarkArgs args;
    private final BenchServer server;
    private final PgDump.Lookup pgDump;

    private InspectBenchmark(BenchmarkArgs args, BenchServer server, PgDump.Lookup pgDump) {
        this.args = args;
        this.server = server;
        this.pgDump = pgDump;
    }

    public static void main(String[] commandLine) throws Exception {
        BenchmarkArgs args;
        try {
            args = BenchmarkArgs.parse(commandLine);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            throw e;
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %.0f MiB (-Xmx; set MAVEN_OPTS for exec:java)%n",
                System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() / MIB);
        try (BenchServer server = BenchServer.start(args)) {
            System.out.println("server: " + server.describe());
            PgDump.Lookup pgDump = PgDump.find(server.majorVersion());
            System.out.println(pgDump.pgDump() != null
                    ? "pg_dump: " + pgDump.pgDump().describe()
                    : "pg_dump comparison skipped: " + pgDump.skipReason());
            new InspectBenchmark(args, server, pgDump).run();
        }
    }

    private void run() throws Exception {
        List<Result> results = new ArrayList<>();
        for (int tables : args.tableCounts()) {
            results.add(measure(tables));
        }
        System.out.println();
        printTable(results);
        List<String> missing = new ArrayList<>();
        for (Result result : results) {
            if (result.inspectProblem != null) {
                missing.add(result.tables + " tables: " + result.inspectProblem);
            }
        }
        if (!missing.isEmpty() && !args.generateOnly()) {
            throw new IllegalStateException("inspection and diff were not measured: " + String.join("; ", missing));
        }
    }

    /** The numbers for one schema size; a {@code null} number was not measured. */
    private static final class Result {
        final int tables;
        SyntheticSchema.Counts counts;
        long generateNanos;
        Integer snapshotObjects;
        Long inspectColdNanos;
        Long inspectBestNanos;
        Long inspectPeakHeap;
        Long snapshotRetained;
        Long diffSameNanos;
        Integer diffSameFindings;
        Long diffDriftedNanos;
        Integer diffDriftedFindings;
        Integer driftEdits;
        String inspectProblem;
        Long pgDumpBestNanos;
        Long pgDumpBytes;
        String pgDumpProblem;

        Result(int tables) {
            this.tables = tables;
        }
    }

    private Result measure(int tables) throws Exception {
        Result result = new Result(tables);
        String database = "schema_verify_bench_" + tables;
        System.out.println();
        System.out.printf(Locale.ROOT, "== %,d tables (database %s)%n", tables, database);
        server.createDatabase(database);
        try (Connection connection = server.connect(database)) {
            long start = System.nanoTime();
            result.counts = new SyntheticSchema(tables).create(connection);
            result.generateNanos = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "generated in %.1f s: %s%n", result.generateNanos / 1e9, result.counts);
            if (!args.generateOnly()) {
                measureInspectAndDiff(connection, result);
            }
            measurePgDump(database, result);
        } finally {
            if (args.keep()) {
                System.out.println("kept database " + database);
            } else {
                server.dropDatabase(database);
            }
        }
        return result;
    }

    private void measureInspectAndDiff(Connection connection, Result result) {
        Inspector inspector = new Inspector(InspectOptions.allSchemas());
        Snapshot first;
        try {
            long start = System.nanoTime();
            first = inspector.inspect(connection);
            result.inspectColdNanos = System.nanoTime() - start;
        } catch (UnsupportedOperationException e) {
            result.inspectProblem = "Inspector.inspect is not implemented yet (" + e.getMessage() + ")";
            System.out.println("inspect: skipped, " + result.inspectProblem);
            return;
        }
        result.snapshotObjects = first.size();
        System.out.printf(Locale.ROOT, "inspect, first run: %s, %,d objects%n", millis(result.inspectColdNanos), first.size());

        Snapshot last = null;
        long best = Long.MAX_VALUE;
        long peak = 0;
        for (int run = 1; run <= MEASURED_RUNS; run++) {
            last = null; // let the previous run's snapshot go, so the baseline holds only the first one
            long baseline = HeapSampler.usedAfterGc();
            try (HeapSampler sampler = HeapSampler.start()) {
                long start = System.nanoTime();
                last = inspector.inspect(connection);
                long nanos = System.nanoTime() - start;
                best = Math.min(best, nanos);
                peak = Math.max(peak, sampler.peak() - baseline);
                System.out.printf(Locale.ROOT, "inspect, run %d: %s, heap peak +%.1f MiB%n", run, millis(nanos),
                        (sampler.peak() - baseline) / MIB);
            }
            if (run == MEASURED_RUNS) {
                result.snapshotRetained = HeapSampler.usedAfterGc() - baseline;
            }
        }
        result.inspectBestNanos = best;
        result.inspectPeakHeap = peak;

        Snapshot expected = first;
        Snapshot actual = last;
        try {
            List<Finding> same = SchemaDiff.diff(expected, actual, new DiffOptions(true));
            result.diffSameFindings = same.size();
            result.diffSameNanos = bestOf(() -> SchemaDiff.diff(expected, actual, new DiffOptions(true)));
            if (!same.isEmpty()) {
                System.out.println("diff of two snapshots of one database found " + same.size()
                        + " differences (expected none), first: " + same.get(0).message());
            }
            SnapshotEdits.Drifted drifted = SnapshotEdits.drift(actual);
            result.driftEdits = drifted.edits();
            result.diffDriftedFindings = SchemaDiff.diff(expected, drifted.snapshot(), new DiffOptions(true)).size();
            result.diffDriftedNanos = bestOf(() -> SchemaDiff.diff(expected, drifted.snapshot(), new DiffOptions(true)));
            System.out.printf(Locale.ROOT, "diff: same %s (%d findings), drifted %s (%d findings for %d edits)%n",
                    millis(result.diffSameNanos), result.diffSameFindings, millis(result.diffDriftedNanos),
                    result.diffDriftedFindings, result.driftEdits);
        } catch (UnsupportedOperationException e) {
            result.inspectProblem = "SchemaDiff.diff is not implemented yet (" + e.getMessage() + ")";
            System.out.println("diff: skipped, " + result.inspectProblem);
        }
    }

    /** Best of {@value #MEASURED_RUNS} runs, after the warm-up run the caller already made. */
    private static long bestOf(Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            Object result = work.get();
            best = Math.min(best, System.nanoTime() - start);
            if (result == null) {
                throw new IllegalStateException("the measured call returned null");
            }
        }
        return best;
    }

    private void measurePgDump(String database, Result result) throws Exception {
        if (pgDump.pgDump() == null) {
            result.pgDumpProblem = pgDump.skipReason();
            return;
        }
        long best = Long.MAX_VALUE;
        for (int run = 1; run <= MEASURED_RUNS; run++) {
            PgDump.Run dump = pgDump.pgDump().dumpSchema(server, database);
            best = Math.min(best, dump.nanos());
            result.pgDumpBytes = dump.bytes();
            System.out.printf(Locale.ROOT, "pg_dump --schema-only, run %d: %s, %,d bytes%n", run, millis(dump.nanos()), dump.bytes());
        }
        result.pgDumpBestNanos = best;
    }

    private void printTable(List<Result> results) {
        String[] header = {
            "tables", "objects", "generate", "inspect 1st", "inspect best", "heap peak", "snapshot heap",
            "diff same", "diff drifted", "pg_dump best", "dump size"
        };
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        for (Result r : results) {
            rows.add(new String[] {
                String.format(Locale.ROOT, "%,d", r.tables),
                r.snapshotObjects == null ? "-" : String.format(Locale.ROOT, "%,d", r.snapshotObjects),
                String.format(Locale.ROOT, "%.1f s", r.generateNanos / 1e9),
                r.inspectColdNanos == null ? "n/a" : millis(r.inspectColdNanos),
                r.inspectBestNanos == null ? "n/a" : millis(r.inspectBestNanos),
                r.inspectPeakHeap == null ? "n/a" : String.format(Locale.ROOT, "+%.0f MiB", r.inspectPeakHeap / MIB),
                r.snapshotRetained == null ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", r.snapshotRetained / MIB),
                r.diffSameNanos == null ? "n/a" : millis(r.diffSameNanos) + " (" + r.diffSameFindings + ")",
                r.diffDriftedNanos == null ? "n/a" : millis(r.diffDriftedNanos) + " (" + r.diffDriftedFindings + ")",
                r.pgDumpBestNanos == null ? "n/a" : millis(r.pgDumpBestNanos),
                r.pgDumpBytes == null ? "n/a" : String.format(Locale.ROOT, "%,d KiB", r.pgDumpBytes / 1024),
            });
        }
        int[] widths = new int[header.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < header.length; c++) {
                String cell = rows.get(r)[c];
                line.append(' ').append(c == 0 ? pad(cell, widths[c], false) : pad(cell, widths[c], true)).append(" |");
            }
            System.out.println(line);
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append('-').append("-".repeat(width)).append("-|");
                }
                System.out.println(rule);
            }
        }
        System.out.println();
        System.out.println("inspect: new Inspector(InspectOptions.allSchemas()).inspect(connection), first run and best of "
                + MEASURED_RUNS + "; heap peak: most heap in use during a run above the heap in use before it;");
        System.out.println("snapshot heap: heap one Snapshot keeps after a full GC; diff: SchemaDiff.diff(..., new DiffOptions(true)),"
                + " best of " + MEASURED_RUNS + ", (findings); drifted: a copy with 4 edits per 100 tables.");
        if (args.generateOnly()) {
            System.out.println("n/a: --generate-only skips Inspector and SchemaDiff.");
        }
        for (Result r : results) {
            if (r.inspectProblem != null) {
                System.out.println("n/a at " + r.tables + " tables: " + r.inspectProblem);
            }
            if (r.pgDumpProblem != null) {
                System.out.println("pg_dump skipped at " + r.tables + " tables: " + r.pgDumpProblem);
            }
        }
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,d ms", Math.round(nanos / 1e6));
    }
}
