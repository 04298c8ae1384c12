package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.Progress;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies pending migrations with history, one transaction each, under a PostgreSQL advisory lock so
 * that two deploys never interleave.
 *
 * <p>A step that fails inside its transaction is rolled back together with its history row: the
 * database holds nothing of it, and the next run tries it again. A step that cannot run in a
 * transaction runs with autocommit; if it fails, the statements before the failing one stay, so a
 * {@code success = false} row records it and later runs refuse until someone cleans up. That row is
 * the only trace of a failure ever written, and only where the objects could not be rolled back.
 *
 * <p>Before anything is applied, the history is checked: an applied migration that was edited, an
 * applied migration whose file is gone, a failed one, or a pending one older than the newest applied
 * one stops the run (each unless its option allows it), with every problem listed.
 */
public final class Migrator {
    private static final Set<String> BLOCKING = Set.of(
            "edited-after-apply", "missing-file", "failed-migration", "out-of-order");

    /** Up to this many pending steps, each is logged as it starts; beyond, progress comes at a steady rate. */
    static final int EACH_STEP_LOGGED_UP_TO = 20;

    private final Consumer<String> log;

    public Migrator() {
        this(line -> { });
    }

    /**
     * {@code log} receives progress lines: waiting for the lock, each step as it starts (or, for more than
     * {@value #EACH_STEP_LOGGED_UP_TO} steps, a count every few seconds).
     */
    public Migrator(Consumer<String> log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    public MigrateResult migrate(Connection connection, MigrationSource source, MigrateOptions options) {
        MigrationHistory history = new MigrationHistory(options.historySchema());
        try {
            if (options.dryRun()) {
                // A dry run changes nothing: no lock, no history table, only reads.
                refuseUnadopted(connection, source, options, history);
                return run(connection, source, options, history, List.of());
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (MigrationLock lock = MigrationLock.acquire(connection, history, options.lockWait(), log)) {
                List<String> baselined = new ArrayList<>();
                if (!refuseUnadopted(connection, source, options, history)) {
                    history.createIfAbsent(connection);
                    Baseline.Result baseline = Baseline.record(connection, source, options.baselineVersion(), history);
                    baselined.addAll(baseline.lines().subList(0, baseline.lines().size() - 1));
                    baselined.add("baselineOnMigrate: the existing schema was adopted at version "
                            + options.baselineVersion());
                }
                history.createIfAbsent(connection);
                history.upgradeIfNeeded(connection);
                setLockTimeout(connection, options);
                return run(connection, source, options, history, baselined);
            } finally {
                if (!connection.isClosed()) {
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(closed(connection) ? ErrorCode.CONNECTION : ErrorCode.SQL,
                    "migrating " + source.describe() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses to migrate a database that holds a schema but no history (true: go on); returns false when
     * {@code baselineOnMigrate} asks to adopt it instead.
     */
    private static boolean refuseUnadopted(Connection connection, MigrationSource source, MigrateOptions options,
            MigrationHistory history) throws SQLException {
        if (history.exists(connection)) {
            return true;
        }
        ExistingSchema existing = ExistingSchema.of(connection, history);
        if (existing.empty()) {
            return true;
        }
        if (options.baselineOnMigrate() && existing.flywayTables() == null) {
            if (options.baselineVersion() == null) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "baselineOnMigrate needs baselineVersion:"
                        + " the newest migration the existing schema already holds");
            }
            return options.dryRun();
        }
        throw existing.refusal("the database", history);
    }

    /** {@code lock_timeout} for the session's migration statements; zero leaves the server's setting. */
    private static void setLockTimeout(Connection connection, MigrateOptions options) throws SQLException {
        if (options.lockTimeout().isZero()) {
            return;
        }
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
            set.setString(1, options.lockTimeout().toMillis() + "ms");
            set.execute();
        }
    }

    private static boolean closed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private MigrateResult run(Connection connection, MigrationSource source, MigrateOptions options,
            MigrationHistory history, List<String> baselined) throws SQLException {
        List<HistoryRow> rows = history.read(connection);
        MigrationStatus status = MigrationStatus.of(source, rows, options.outOfOrder());
        refuseOnHygiene(status, options, history);

        List<MigrationStep> pending = new ArrayList<>();
        List<MigrateResult.Skipped> skipped = new ArrayList<>();
        int alreadyApplied = 0;
        int targetIndex = targetIndex(source, status, options.target());
        for (int i = 0; i < status.entries().size(); i++) {
            MigrationStatus.Entry entry = status.entries().get(i);
            MigrationState state = entry.state();
            if (state == MigrationState.APPLIED || state == MigrationState.EDITED) {
                alreadyApplied++;
            } else if (state == MigrationState.PENDING || state == MigrationState.OUT_OF_ORDER) {
                if (entry.repeatable() && options.target() != null) {
                    skipped.add(new MigrateResult.Skipped(entry.version(), entry.location(),
                            "repeatable migrations apply only without a target version"));
                } else if (!entry.repeatable() && i > targetIndex) {
                    skipped.add(new MigrateResult.Skipped(entry.version(), entry.location(),
                            "after the target version " + options.target()));
                } else {
                    pending.add(entry.step());
                }
            }
        }

        List<String> notes = new ArrayList<>(baselined);
        if (options.dryRun() && options.baselineOnMigrate() && !history.exists(connection)) {
            notes.add("a real run first baselines the existing schema at version " + options.baselineVersion()
                    + " (baselineOnMigrate); the list above does not account for it");
        }
        for (MigrationStep step : pending) {
            if (!step.transactional()) {
                notes.add(step.version() + " (" + step.location() + ") runs outside a transaction: it holds a"
                        + " statement that cannot run in one (such as CREATE INDEX CONCURRENTLY), so if it fails"
                        + " part-way, the statements before the failing one stay applied");
            }
        }
        if (options.dryRun()) {
            if (!history.exists(connection)) {
                notes.add("the history table " + history.displayName() + " does not exist yet; a real run creates it");
            }
            return new MigrateResult(source.describe(), true, List.of(),
                    pending.stream().map(step -> MigrateResult.Run.of(step, 0)).toList(), skipped, notes,
                    alreadyApplied);
        }

        List<MigrateResult.Run> applied = new ArrayList<>();
        // A few steps get a line each; a long run gets a line every few seconds, not hundreds of lines.
        boolean eachStep = pending.size() <= EACH_STEP_LOGGED_UP_TO;
        Progress.Task task = new Progress(log).start("applying migrations", pending.size(), "applied");
        for (MigrationStep step : pending) {
            if (eachStep) {
                log.accept("applying " + (step.repeatable() ? "repeatable " : "") + step.version() + " ("
                        + step.location() + ")" + (step.transactional() ? "" : " outside a transaction"));
            } else {
                task.done(applied.size());
            }
            long millis = step.transactional()
                    ? applyInTransaction(connection, step, history, applied.size())
                    : applyWithAutoCommit(connection, step, history, applied.size());
            applied.add(MigrateResult.Run.of(step, millis));
        }
        task.finish();
        return new MigrateResult(source.describe(), false, applied, List.of(), skipped, notes, alreadyApplied);
    }

    private static long applyInTransaction(Connection connection, MigrationStep step, MigrationHistory history,
            int appliedBefore) throws SQLException {
        connection.setAutoCommit(false);
        try {
            long start = System.nanoTime();
            step.apply(connection);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            history.record(connection, step, millis, true);
            connection.commit();
            return millis;
        } catch (SchemaVerifyException e) {
            StepTransactions.rollbackQuietly(connection, e);
            throw new SchemaVerifyException(e.code(), e.getMessage() + " (migration " + step.version()
                    + " was rolled back: the database holds nothing of it" + earlier(appliedBefore) + ")", e);
        } catch (SQLException | RuntimeException e) {
            StepTransactions.rollbackQuietly(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static long applyWithAutoCommit(Connection connection, MigrationStep step, MigrationHistory history,
            int appliedBefore) throws SQLException {
        long start = System.nanoTime();
        try {
            step.apply(connection);
        } catch (SchemaVerifyException e) {
            history.record(connection, step, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), false);
            throw new SchemaVerifyException(e.code(), e.getMessage() + " (migration " + step.version()
                    + " ran outside a transaction: the statements before the failing one stay applied, and the history"
                    + " marks it failed; undo them, delete its history row, then migrate again"
                    + earlier(appliedBefore) + ")", e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        history.record(connection, step, millis, true);
        return millis;
    }

    private static String earlier(int appliedBefore) {
        return appliedBefore == 0 ? "" : "; the " + appliedBefore + " migration" + (appliedBefore == 1 ? "" : "s")
                + " applied before it in this run stay" + (appliedBefore == 1 ? "s" : "") + " applied";
    }

    private static void refuseOnHygiene(MigrationStatus status, MigrateOptions options, MigrationHistory history) {
        List<MigrationProblem> blocking = status.problems().stream()
                .filter(p -> p.severity() == Severity.ERROR && BLOCKING.contains(p.code()))
                .filter(p -> !(options.allowEdited() && p.code().equals("edited-after-apply")))
                .filter(p -> !(options.allowMissing() && p.code().equals("missing-file")))
                .toList();
        if (!blocking.isEmpty()) {
            List<String> overrides = new ArrayList<>();
            Set<String> codes = blocking.stream().map(MigrationProblem::code).collect(Collectors.toSet());
            if (codes.contains("out-of-order")) {
                overrides.add("outOfOrder");
            }
            if (codes.contains("edited-after-apply")) {
                overrides.add("allowEdited");
            }
            if (codes.contains("missing-file")) {
                overrides.add("allowMissing");
            }
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "nothing was applied: the migrations do not match"
                    + " the history in " + history.displayName() + ":" + System.lineSeparator()
                    + blocking.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()))
                    + (overrides.isEmpty() ? "" : System.lineSeparator() + "Fix the migrations, or, knowingly, set "
                            + String.join(" / ", overrides) + " to go on"));
        }
    }

    /** The index, in the status entries, of the last versioned step to apply. */
    private static int targetIndex(MigrationSource source, MigrationStatus status, String target) {
        List<MigrationStatus.Entry> entries = status.entries();
        if (target == null) {
            return entries.size() - 1;
        }
        int last = -1;
        for (int i = 0; i < entries.size(); i++) {
            MigrationStatus.Entry entry = entries.get(i);
            if (entry.step() == null || entry.repeatable()) {
                continue;
            }
            if (entry.version().equals(target)) {
                return i;
            }
            Integer compared = compareNumeric(entry.version(), target);
            if (compared != null && compared <= 0) {
                last = i;
            }
        }
        if (last < 0 && compareNumeric(target, target) == null) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the target version " + target + " is not a"
                    + " migration of " + source.describe() + "; name one of its versions, or leave the target out");
        }
        return last;
    }

    /** Compares dotted numeric versions part by part ({@code 1.10} after {@code 1.9}); {@code null} if either is not one. */
    static Integer compareNumeric(String a, String b) {
        MigrationVersion left = MigrationVersion.tryParse(a);
        MigrationVersion right = MigrationVersion.tryParse(b);
        return left == null || right == null ? null : Integer.signum(left.compareTo(right));
    }
}
