package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adopts a database whose schema already exists: records the versioned migrations up to a version as
 * applied ({@link HistoryRow#BASELINE} rows with their checksums) without running them, so that
 * {@code migrate} applies only the newer ones and {@code status} shows the older ones applied.
 *
 * <p>Repeatable migrations are not recorded: they re-apply on the next migrate, as they would after any
 * change, and a repeatable is written to run again ({@code CREATE OR REPLACE}).
 */
public final class Baseline {
    private Baseline() {
    }

    /** What a baseline recorded. */
    public record Result(String historyTable, String version, List<String> recorded, List<String> notes) {
        public Result {
            recorded = List.copyOf(recorded);
            notes = List.copyOf(notes);
        }

        /** Readable lines for a console. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            recorded.forEach(step -> lines.add("baselined " + step + " (recorded as applied, not run)"));
            lines.addAll(notes);
            lines.add(recorded.size() + " migration" + (recorded.size() == 1 ? "" : "s") + " recorded as applied up to"
                    + " version " + version + " in " + historyTable + "; migrate applies the ones after it");
            return lines;
        }
    }

    /**
     * Takes the migration lock, refuses when the history already holds migrations, and records the steps
     * of {@code source} up to {@code version}.
     */
    public static Result baseline(Connection connection, MigrationSource source, String version, String historySchema,
            java.time.Duration lockWait, java.util.function.Consumer<String> log) {
        MigrationHistory history = new MigrationHistory(historySchema);
        try {
            connection.setAutoCommit(true);
            try (MigrationLock lock = MigrationLock.acquire(connection, history, lockWait, log)) {
                long applied = history.read(connection).stream().filter(row -> !row.audit()).count();
                if (applied > 0) {
                    throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "nothing was recorded: "
                            + history.displayName() + " already holds " + applied + " migration row"
                            + (applied == 1 ? "" : "s") + "; a baseline adopts a database without a history. Use"
                            + " status to see what it holds, and migrate to apply the rest");
                }
                history.createIfAbsent(connection);
                return record(connection, source, version, history);
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL, "the baseline of " + history.displayName() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Records the steps up to {@code version} in one transaction; the caller holds the lock. */
    static Result record(Connection connection, MigrationSource source, String version, MigrationHistory history)
            throws SQLException {
        MigrationVersion limit = MigrationVersion.tryParse(version);
        if (limit == null) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "baselineVersion '" + version + "' is not a"
                    + " version: name the newest migration the database already holds, e.g. 5 or 1.2");
        }
        List<MigrationStep> steps = new ArrayList<>();
        for (MigrationStep step : source.steps()) {
            MigrationVersion stepVersion = step.repeatable() ? null : MigrationVersion.tryParse(step.version());
            if (stepVersion != null && stepVersion.compareTo(limit) <= 0) {
                steps.add(step);
            }
        }
        List<String> notes = new ArrayList<>();
        if (steps.isEmpty()) {
            notes.add("no migration of " + source.describe() + " has a version up to " + version
                    + ": the history table is created empty and migrate applies every migration");
        }
        if (source.steps().stream().anyMatch(MigrationStep::repeatable)) {
            notes.add("repeatable migrations are not baselined: migrate applies them once more");
        }
        connection.setAutoCommit(false);
        try {
            for (MigrationStep step : steps) {
                history.recordBaseline(connection, step, step.description() + " (baseline " + version + ")");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            StepTransactions.rollbackQuietly(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        return new Result(history.displayName(), version,
                steps.stream().map(step -> step.version() + " (" + step.location() + ")").toList(), notes);
    }
}
