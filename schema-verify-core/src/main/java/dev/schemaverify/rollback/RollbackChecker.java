package dev.schemaverify.rollback;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.Progress;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.rollback.MigrationCheck.Outcome;
import dev.schemaverify.rollback.MigrationCheck.Timings;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proves that every migration's rollback reverts it, on a throwaway database: for each migration in
 * order, inspect the schema, apply the migration, inspect, roll it back and require exactly the schema
 * before it, then apply it again and require exactly the schema after it. Differences are reported as
 * what the rollback leaves behind, removes or leaves changed.
 *
 * <p>The check stops at the first migration whose rollback fails or does not revert it, since the
 * database is then in a state no later migration expects. A missing rollback (when required) is a
 * finding but does not stop the check: the migration is applied and the next one checked. Migration
 * tools' bookkeeping tables are not part of the compared schema.
 *
 * <p>The connection must be to a database that may be changed freely: a shadow database.
 */
public final class RollbackChecker {
    /** Tables of migration tools, left out of the compared schema. */
    public static final List<String> BOOKKEEPING_TABLES = InspectOptions.BOOKKEEPING_TABLES;

    private final RollbackCheckOptions options;
    private final Inspector inspector =
            new Inspector(InspectOptions.allSchemas().withExcludedTables(BOOKKEEPING_TABLES));

    private final Progress progress;

    public RollbackChecker(RollbackCheckOptions options) {
        this(options, Progress.NONE);
    }

    /** A checker that prints a progress line every few seconds through a long history. */
    public RollbackChecker(RollbackCheckOptions options, Progress progress) {
        this.options = Objects.requireNonNull(options, "options");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Applies and checks the source's migrations on {@code shadow}. */
    public RollbackReport check(MigrationSource source, Connection shadow) {
        List<MigrationStep> steps = source.steps();
        long versioned = steps.stream().filter(s -> !s.repeatable()).count();
        long firstChecked = options.last() == 0 ? 0 : Math.max(0, versioned - options.last());
        List<MigrationCheck> checks = new ArrayList<>();
        Snapshot current = null;
        int index = 0;
        Progress.Task task = progress.start("checking rollbacks", steps.size(), "migrations");
        for (MigrationStep step : steps) {
            task.done(checks.size());
            String skipNote = skipNote(step, index++ < firstChecked);
            if (skipNote != null) {
                Timings timings = new Timings(time(() -> StepTransactions.apply(shadow, step)), Duration.ZERO,
                        Duration.ZERO, Duration.ZERO);
                Outcome outcome = step.repeatable() || step.rollbackLocation() == null ? Outcome.SKIPPED : Outcome.APPLIED;
                checks.add(check(step, outcome, skipNote, timings, List.of()));
                current = null;
                continue;
            }
            Run run = new Run(step, shadow, current);
            checks.add(run.check());
            if (run.failed()) {
                break;
            }
            current = run.after;
        }
        task.finish();
        return new RollbackReport(source.describe(), checks);
    }

    /** Why a step is only applied, or {@code null} when it is checked. */
    private String skipNote(MigrationStep step, boolean beforeLast) {
        if (step.repeatable()) {
            return "repeatable migration: it has no rollback to check";
        }
        if (options.appliedVersions().contains(step.version())) {
            return "already applied to the target database: its rollback would never run there";
        }
        if (beforeLast) {
            return "applied without checking: only the last " + options.last() + " migrations are checked";
        }
        if (step.rollbackLocation() == null && !options.requireRollbacks()) {
            return "no rollback to check (rollbacks are not required)";
        }
        return null;
    }

    /** One migration checked: up, down, up again. */
    private final class Run {
        private final MigrationStep step;
        private final Connection shadow;
        private final Snapshot known;
        private Duration up = Duration.ZERO;
        private Duration down = Duration.ZERO;
        private Duration reapply = Duration.ZERO;
        private Duration inspecting = Duration.ZERO;
        private final List<RollbackFinding> findings = new ArrayList<>();
        Snapshot after;

        Run(MigrationStep step, Connection shadow, Snapshot known) {
            this.step = step;
            this.shadow = shadow;
            this.known = known;
        }

        boolean failed() {
            return !findings.isEmpty() && !findings.get(0).code().equals("missing-rollback");
        }

        MigrationCheck check() {
            if (step.rollbackLocation() == null) {
                up = time(() -> StepTransactions.apply(shadow, step));
                findings.add(new RollbackFinding("missing-rollback", step.location(), "migration " + step.version()
                        + " has no rollback to check; write one, or stop requiring rollbacks to skip such migrations"));
                return result();
            }
            Snapshot before = known != null ? known : inspect();
            up = time(() -> StepTransactions.apply(shadow, step));
            after = inspect();
            long started = System.nanoTime();
            try {
                StepTransactions.rollback(shadow, step);
            } catch (SchemaVerifyException e) {
                if (e.code() != ErrorCode.SQL) {
                    throw e;
                }
                findings.add(new RollbackFinding("rollback-failed", step.rollbackLocation(),
                        "rollback of " + step.version() + " fails: " + e.getMessage()));
                return result();
            } finally {
                down = Duration.ofNanos(System.nanoTime() - started);
            }
            compare(before, inspect(), true);
            if (!findings.isEmpty()) {
                return result();
            }
            started = System.nanoTime();
            try {
                StepTransactions.apply(shadow, step);
            } catch (SchemaVerifyException e) {
                if (e.code() != ErrorCode.SQL) {
                    throw e;
                }
                findings.add(new RollbackFinding("reapply-failed", step.location(), "re-applying " + step.version()
                        + " after its rollback fails: " + e.getMessage()));
                return result();
            } finally {
                reapply = Duration.ofNanos(System.nanoTime() - started);
            }
            Snapshot again = inspect();
            compare(after, again, false);
            after = again;
            return result();
        }

        private MigrationCheck result() {
            Outcome outcome = findings.isEmpty() ? Outcome.PASSED : Outcome.FAILED;
            return RollbackChecker.check(step, outcome, null, new Timings(up, down, reapply, inspecting), findings);
        }

        private Snapshot inspect() {
            long started = System.nanoTime();
            try {
                return inspector.inspect(shadow);
            } finally {
                inspecting = inspecting.plus(Duration.ofNanos(System.nanoTime() - started));
            }
        }

        /**
         * Every difference between {@code expected} and {@code actual}, both ways: objects only on one side
         * whatever their schema, and properties set on either side.
         */
        private void compare(Snapshot expected, Snapshot actual, boolean rollback) {
            DiffOptions strict = new DiffOptions(true);
            Map<String, String> lines = new LinkedHashMap<>();
            for (Finding f : SchemaDiff.diff(expected, actual, strict)) {
                add(lines, f, false, rollback);
            }
            for (Finding f : SchemaDiff.diff(actual, expected, strict)) {
                add(lines, f, true, rollback);
            }
            String location = rollback ? step.rollbackLocation() : step.location();
            List<RollbackFinding> found = new ArrayList<>();
            for (Map.Entry<String, String> line : lines.entrySet()) {
                String code = rollback ? line.getKey().substring(0, line.getKey().indexOf('|')) : "reapply-differs";
                found.add(new RollbackFinding(code, location, line.getValue()));
            }
            found.sort(Comparator.comparing(RollbackFinding::message));
            findings.addAll(found);
        }

        /** Adds a rendered finding keyed so that the same difference seen from both sides counts once. */
        private void add(Map<String, String> lines, Finding f, boolean reversed, boolean rollback) {
            String what = f.objectKind() + " " + f.path();
            String v = step.version();
            boolean extra = f.kind() == Finding.Kind.UNEXPECTED ^ reversed;
            if (f instanceof Finding.Changed c) {
                String was = reversed ? c.actual() : c.expected();
                String is = reversed ? c.expected() : c.actual();
                String change = changed(c.property(), was, is, rollback ? "before " + v : "the first time",
                        rollback ? "after the rollback" : "now");
                String text = rollback ? "rollback of " + v + " leaves " + what + " changed: " + change
                        : "re-applying " + v + " after its rollback changes " + what + ": " + change;
                lines.putIfAbsent("rollback-changes|" + what + "|" + c.property(), text);
            } else if (extra) {
                String text = rollback ? "rollback of " + v + " leaves behind " + what
                        : "re-applying " + v + " after its rollback creates " + what + ", which the first apply did not";
                lines.putIfAbsent("rollback-leaves-behind|" + what, text);
            } else {
                String text = rollback ? "rollback of " + v + " removes " + what + ", which existed before " + v
                        : "re-applying " + v + " after its rollback does not create " + what + ", which the first"
                                + " apply did";
                lines.putIfAbsent("rollback-removes|" + what, text);
            }
        }
    }

    private static String changed(String property, String was, String is, String wasWhen, String isWhen) {
        Finding.LineDifference difference = Finding.LineDifference.of(was, is);
        if (difference != null) {
            return property + " differs at line " + difference.line() + ": " + difference.before() + " " + wasWhen
                    + ", " + difference.after() + " " + isWhen;
        }
        return property + " was " + Finding.Changed.show(was) + " " + wasWhen + ", is " + Finding.Changed.show(is) + " "
                + isWhen;
    }

    private static MigrationCheck check(MigrationStep step, Outcome outcome, String note, Timings timings,
            List<RollbackFinding> findings) {
        return new MigrationCheck(step.version(), step.description(), step.location(), step.rollbackLocation(),
                outcome, note, timings, findings);
    }

    private static Duration time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
