package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Rolls a database back to an earlier version: the downs of the migrations applied after it, newest
 * first, each in its own transaction together with the removal of its history row (and a
 * {@link HistoryRow#ROLLBACK} note saying so).
 *
 * <p>{@link #plan} decides everything before anything runs and lists every reason to refuse: a
 * migration to undo without a rollback, a rollback edited since its migration was applied (its checksum
 * is in the history), and history problems (edited, failed or missing migrations) that make the
 * database's state unknown. The caller holds the migration lock from planning to the end, and checks
 * for drift in between.
 */
public final class TargetRollback {
    private static final Set<String> BLOCKING = Set.of("edited-after-apply", "missing-file", "failed-migration");

    private TargetRollback() {
    }

    /** One migration to undo, with the history row that records it. */
    public record Item(MigrationStep step, HistoryRow row) {
        public String label() {
            return step.version() + " (" + step.rollbackLocation() + ")";
        }
    }

    /**
     * What a rollback would do.
     *
     * @param to the version to roll back to
     * @param current the newest applied version before the rollback, or {@code null} for none
     * @param items the migrations to undo, newest first
     * @param applied the steps the history says are applied, in the order they were, for a drift check
     * @param refusals reasons not to run, each a full sentence; empty when the rollback may go on
     * @param notes what the user must know even when it goes on
     */
    public record Plan(String to, String current, List<Item> items, List<MigrationStep> applied,
            List<String> refusals, List<String> notes) {
        public Plan {
            items = List.copyOf(items);
            applied = List.copyOf(applied);
            refusals = List.copyOf(refusals);
            notes = List.copyOf(notes);
        }
    }

    /** Reads the history and decides; runs nothing. */
    public static Plan plan(Connection connection, MigrationSource source, String to, MigrationHistory history) {
        MigrationVersion target = MigrationVersion.tryParse(to);
        if (target == null) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the rollback target '" + to + "' is not a"
                    + " version: name the version to roll back to, e.g. -Dschema-verify.to=3 (0 undoes every migration)");
        }
        List<HistoryRow> rows = history.read(connection);
        MigrationStatus status = MigrationStatus.of(source, rows, true);
        List<String> refusals = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (MigrationProblem problem : status.problems()) {
            if (BLOCKING.contains(problem.code()) && problem.severity() == dev.schemaverify.model.Severity.ERROR) {
                refusals.add(problem.toString());
            }
        }
        List<Item> items = new ArrayList<>();
        List<MigrationStep> applied = new ArrayList<>();
        String current = null;
        List<MigrationStatus.Entry> appliedEntries = status.entries().stream()
                .filter(e -> e.step() != null && e.history() != null && e.history().success()
                        && (e.state() == MigrationState.APPLIED || e.state() == MigrationState.EDITED))
                .sorted(Comparator.comparingInt(e -> e.history().installedRank()))
                .toList();
        boolean repeatables = false;
        for (MigrationStatus.Entry entry : appliedEntries) {
            applied.add(entry.step());
            if (entry.repeatable()) {
                repeatables = true;
                continue;
            }
            MigrationVersion version = MigrationVersion.tryParse(entry.version());
            if (version == null) {
                continue;
            }
            if (current == null || version.compareTo(MigrationVersion.parse(current)) > 0) {
                current = entry.version();
            }
            if (version.compareTo(target) > 0) {
                items.add(new Item(entry.step(), entry.history()));
            }
        }
        items.sort(Comparator.comparingInt((Item item) -> item.row().installedRank()).reversed());
        for (Item item : items) {
            MigrationStep step = item.step();
            if (step.rollbackLocation() == null) {
                refusals.add(step.location() + ": migration " + step.version() + " has no rollback, so the database"
                        + " cannot be taken below it; write its down, or roll back only to " + step.version());
            } else if (item.row().rollbackChecksum() == null) {
                notes.add(step.rollbackLocation() + ": the history holds no checksum of this rollback (applied by an"
                        + " older version, a baseline or an import), so an edit since " + step.version()
                        + " was applied cannot be told; review it");
            } else if (!Objects.equals(item.row().rollbackChecksum(), step.rollbackChecksum())) {
                refusals.add(step.rollbackLocation() + ": the rollback of " + step.version() + " was edited since the"
                        + " migration was applied (checksum " + item.row().rollbackChecksum() + " in history, "
                        + step.rollbackChecksum() + " now); review the edit, accept it with repair, then roll back");
            }
        }
        if (items.isEmpty()) {
            notes.add("nothing to roll back: no migration after version " + to + " is applied");
        }
        if (repeatables && !items.isEmpty()) {
            notes.add("repeatable migrations are not rolled back; if one depends on an object a rollback drops,"
                    + " that rollback fails and says so");
        }
        return new Plan(to, current, items, applied, refusals, notes);
    }

    /** One rollback that ran. */
    public record Run(String version, String location, long millis) {
    }

    /**
     * Runs the plan's downs, newest first; stops at the first failure, which leaves that migration (and
     * those older than it) applied. The caller holds the lock and has checked {@link Plan#refusals()}.
     */
    public static List<Run> execute(Connection connection, Plan plan, MigrationHistory history, Consumer<String> log)
            throws SQLException {
        if (!plan.refusals().isEmpty()) {
            throw new IllegalStateException("a refused plan must not run");
        }
        List<Run> done = new ArrayList<>();
        for (Item item : plan.items()) {
            MigrationStep step = item.step();
            log.accept("rolling back " + item.label() + (step.transactional() ? "" : " outside a transaction"));
            long start = System.nanoTime();
            connection.setAutoCommit(!step.transactional());
            try {
                step.rollback(connection);
                history.delete(connection, item.row().installedRank());
                history.note(connection, HistoryRow.ROLLBACK, step.version(), step.rollbackLocation(),
                        "rolled back " + step.version() + " (" + step.description() + ", applied "
                                + item.row().installedOn() + ") to reach version " + plan.to());
                if (step.transactional()) {
                    connection.commit();
                }
            } catch (SchemaVerifyException | SQLException e) {
                if (step.transactional()) {
                    StepTransactions.rollbackQuietly(connection, e);
                }
                String kept = step.transactional() ? "the rollback was undone: " + step.version() + " is still applied"
                        : "it ran outside a transaction: the statements before the failing one stay, and the history"
                                + " still lists " + step.version();
                String message = e.getMessage() + " (rolling back " + step.version() + " failed; " + kept
                        + (done.isEmpty() ? "" : "; the " + done.size() + " rolled back before it stay rolled back")
                        + ")";
                throw new SchemaVerifyException(e instanceof SchemaVerifyException s ? s.code() : ErrorCode.SQL,
                        message, e);
            } finally {
                connection.setAutoCommit(true);
            }
            done.add(new Run(step.version(), step.rollbackLocation(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        }
        return done;
    }
}
