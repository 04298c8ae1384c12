package dev.schemaverify.rollback;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the rollback check did with one migration.
 *
 * @param location the forward change, relative to the project
 * @param rollbackLocation its rollback, or {@code null} when it has none
 * @param outcome whether it was proven, failed, skipped or only applied
 * @param note why it was skipped or only applied, or {@code null}
 * @param timings how long each part took
 * @param findings what is wrong: errors when {@code outcome} is {@link Outcome#FAILED}, warnings
 *     (an up that is not reproducible) possible on a {@link Outcome#PASSED} one
 */
public record MigrationCheck(
        String version,
        String description,
        String location,
        String rollbackLocation,
        Outcome outcome,
        String note,
        Timings timings,
        List<RollbackFinding> findings) {
    public MigrationCheck {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(timings, "timings");
        findings = List.copyOf(findings);
    }

    /** What happened to a migration. */
    public enum Outcome {
        /** Applied, rolled back to exactly the schema before it, and re-applied to exactly the schema after it. */
        PASSED,
        /** Its rollback does not revert it (see the findings), fails, or is missing though required. */
        FAILED,
        /** Applied only: it has no rollback (not required) or is repeatable. */
        SKIPPED,
        /** Applied only, by choice: before the last N checked, or already applied to the target. */
        APPLIED,
        /** Not applied: an earlier migration left the shadow database in no known state (see the note). */
        NOT_REACHED
    }

    /**
     * Time spent on one migration.
     *
     * @param up the first apply
     * @param down the rollback
     * @param reapply the second apply
     * @param inspect the catalog inspections around them
     */
    public record Timings(Duration up, Duration down, Duration reapply, Duration inspect) {
        public static final Timings NONE = new Timings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

        public Duration total() {
            return up.plus(down).plus(reapply).plus(inspect);
        }
    }
}
