package dev.schemaverify.migrate;

import dev.schemaverify.model.Severity;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every migration of a source, and every migration in history, with its state; plus the hygiene problems
 * that follow from comparing the two.
 *
 * @param entries the source's steps in apply order, then history rows without a step
 * @param problems the source's own problems and those against history, sorted
 */
public record MigrationStatus(List<Entry> entries, List<MigrationProblem> problems) {
    public MigrationStatus {
        entries = List.copyOf(entries);
        problems = problems.stream().sorted().toList();
    }

    /**
     * One migration's state.
     *
     * @param step the migration, or {@code null} for a {@link MigrationState#MISSING_FILE} one
     * @param history its latest history row, or {@code null} when it was never applied
     */
    public record Entry(String version, String description, String location, boolean repeatable,
            MigrationState state, MigrationStep step, HistoryRow history) {
        public Entry {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(state, "state");
        }

        /** When it was applied, or {@code null}. */
        public OffsetDateTime installedOn() {
            return history == null ? null : history.installedOn();
        }
    }

    /** The status with out-of-order migrations as errors: they are refused unless allowed. */
    public static MigrationStatus of(MigrationSource source, List<HistoryRow> history) {
        return of(source, history, false);
    }

    /** The status; {@code outOfOrderAllowed} turns out-of-order migrations into warnings. */
    public static MigrationStatus of(MigrationSource source, List<HistoryRow> history, boolean outOfOrderAllowed) {
        List<MigrationStep> steps = source.steps();
        Map<String, HistoryRow> latest = new LinkedHashMap<>();
        for (HistoryRow row : history) {
            if (row.audit()) {
                continue; // a repair or rollback note; the rows it describes carry the state
            }
            latest.put(key(row.repeatable(), row.version()), row); // rows come oldest first
        }
        int newestApplied = -1;
        for (int i = 0; i < steps.size(); i++) {
            MigrationStep step = steps.get(i);
            if (!step.repeatable() && latest.containsKey(key(false, step.version()))) {
                newestApplied = i;
            }
        }

        List<Entry> entries = new ArrayList<>();
        List<MigrationProblem> problems = new ArrayList<>(source.problems());
        Map<String, Boolean> present = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            MigrationStep step = steps.get(i);
            String key = key(step.repeatable(), step.version());
            present.put(key, true);
            HistoryRow row = latest.get(key);
            MigrationState state = state(step, row, i < newestApplied);
            entries.add(new Entry(step.version(), step.description(), step.location(), step.repeatable(), state, step,
                    row));
            switch (state) {
                case EDITED -> problems.add(new MigrationProblem("edited-after-apply", Severity.ERROR, step.location(),
                        "migration " + step.version() + " was edited after it was applied (checksum "
                                + row.checksum() + " in history, " + step.checksum()
                                + " now); revert the edit and put the change in a new migration"));
                case FAILED -> problems.add(new MigrationProblem("failed-migration", Severity.ERROR, step.location(),
                        "migration " + step.version() + " failed part-way outside a transaction; undo what it left"
                                + " behind, then delete its row from the history (success = false) and migrate again"));
                case OUT_OF_ORDER -> problems.add(new MigrationProblem("out-of-order",
                        outOfOrderAllowed ? Severity.WARNING : Severity.ERROR, step.location(),
                        "migration " + step.version() + " is pending but older than the newest applied migration "
                                + steps.get(newestApplied).version() + "; give it a newer version, or allow"
                                + " out-of-order migrations"));
                default -> {
                }
            }
        }
        for (HistoryRow row : latest.values()) {
            if (!present.containsKey(key(row.repeatable(), row.version()))) {
                entries.add(new Entry(row.version(), row.description(), row.script(), row.repeatable(),
                        MigrationState.MISSING_FILE, null, row));
                problems.add(new MigrationProblem("missing-file", row.repeatable() ? Severity.WARNING : Severity.ERROR,
                        row.script(), (row.repeatable() ? "repeatable migration " : "migration ") + row.version()
                                + " is in the history but its file is gone; restore the file"
                                + (row.repeatable() ? "" : ", or allow missing files")));
            }
        }
        return new MigrationStatus(entries, problems);
    }

    private static MigrationState state(MigrationStep step, HistoryRow row, boolean olderThanNewestApplied) {
        if (row == null) {
            return !step.repeatable() && olderThanNewestApplied ? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
        }
        if (!row.success()) {
            return MigrationState.FAILED;
        }
        if (Objects.equals(row.checksum(), step.checksum())) {
            return MigrationState.APPLIED;
        }
        return step.repeatable() ? MigrationState.PENDING : MigrationState.EDITED;
    }

    private static String key(boolean repeatable, String version) {
        return (repeatable ? "R:" : "V:") + version;
    }

    /** The entries in one state. */
    public List<Entry> in(MigrationState state) {
        return entries.stream().filter(e -> e.state() == state).toList();
    }

    /** Whether any problem is at or above {@code threshold}. */
    public boolean hasProblemsAtLeast(Severity threshold) {
        return problems.stream().anyMatch(p -> p.severity().compareTo(threshold) >= 0);
    }
}
