package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Accepts reviewed edits: after someone fixed a comment in an applied migration (or its rollback), the
 * history gets the new checksums so that {@code status} shows it APPLIED again; failed rows (a step that
 * broke outside a transaction, cleaned up by hand) are removed so the step is pending again. Every change
 * leaves a {@link HistoryRow#REPAIR} note in the history saying what was changed, by whom and when.
 *
 * <p>Nothing is run on the schema; an applied migration whose file is gone is only reported.
 */
public final class HistoryRepair {
    private HistoryRepair() {
    }

    /** What a repair changed. */
    public record Result(String historyTable, List<String> changes, List<String> notes) {
        public Result {
            changes = List.copyOf(changes);
            notes = List.copyOf(notes);
        }

        /** Readable lines for a console. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>(changes);
            lines.addAll(notes);
            lines.add(changes.isEmpty() ? "nothing to repair in " + historyTable
                    : changes.size() + " change" + (changes.size() == 1 ? "" : "s") + " to " + historyTable
                            + ", each with a REPAIR note in it");
            return lines;
        }
    }

    public static Result repair(Connection connection, MigrationSource source, String historySchema, Duration lockWait,
            Consumer<String> log) {
        MigrationHistory history = new MigrationHistory(historySchema);
        try {
            connection.setAutoCommit(true);
            if (!history.exists(connection)) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "there is no " + history.displayName()
                        + " to repair; migrate (or baseline) the database first");
            }
            try (MigrationLock lock = MigrationLock.acquire(connection, history, lockWait, log)) {
                history.upgradeIfNeeded(connection);
                connection.setAutoCommit(false);
                try {
                    Result result = repairLocked(connection, source, history);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    StepTransactions.rollbackQuietly(connection, e);
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL, "repairing " + history.displayName() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static Result repairLocked(Connection connection, MigrationSource source, MigrationHistory history)
            throws SQLException {
        List<HistoryRow> rows = history.read(connection);
        List<String> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (HistoryRow row : rows) {
            if (!row.audit() && !row.success()) {
                history.delete(connection, row.installedRank());
                String text = "removed the failed row of " + row.version() + " (installed " + row.installedOn()
                        + " by " + row.installedBy() + "); migrate runs it again";
                history.note(connection, HistoryRow.REPAIR, row.version(), row.script(), text);
                changes.add(text);
            }
        }
        MigrationStatus status = MigrationStatus.of(source, history.read(connection), true);
        boolean column = history.hasRollbackChecksum(connection);
        for (MigrationStatus.Entry entry : status.entries()) {
            HistoryRow row = entry.history();
            MigrationStep step = entry.step();
            if (row == null || step == null || !row.success()) {
                if (entry.state() == MigrationState.MISSING_FILE) {
                    notes.add("not repaired: " + entry.version() + " (" + entry.location() + ") is in the history"
                            + " but its file is gone; restore the file");
                }
                continue;
            }
            boolean upEdited = entry.state() == MigrationState.EDITED;
            boolean downEdited = column && row.rollbackChecksum() != null
                    && !Objects.equals(row.rollbackChecksum(), step.rollbackChecksum());
            if (!upEdited && !downEdited) {
                continue;
            }
            history.updateChecksums(connection, row.installedRank(), step.checksum(), step.rollbackChecksum());
            String text = (upEdited ? "checksum of " + step.version() + " re-recorded (" + shortSum(row.checksum())
                    + " -> " + shortSum(step.checksum()) + ")" : "rollback checksum of " + step.version()
                            + " re-recorded (" + shortSum(row.rollbackChecksum()) + " -> "
                            + shortSum(step.rollbackChecksum()) + ")")
                    + (upEdited && downEdited ? ", with its rollback's" : "")
                    + ": the edit of " + (upEdited ? step.location() : step.rollbackLocation())
                    + " was accepted as reviewed";
            history.note(connection, HistoryRow.REPAIR, step.version(), step.location(), text);
            changes.add(text);
        }
        return new Result(history.displayName(), changes, notes);
    }

    private static String shortSum(String checksum) {
        return checksum == null ? "none" : checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
