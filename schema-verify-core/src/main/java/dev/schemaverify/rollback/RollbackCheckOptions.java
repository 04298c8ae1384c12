package dev.schemaverify.rollback;

import java.util.Set;

/**
 * Which migrations a rollback check proves.
 *
 * @param last check only the last this many versioned migrations (the earlier ones are applied without
 *     checking); 0 checks them all
 * @param appliedVersions versions already applied to a target database: applied without checking, as
 *     their rollback will never run there
 * @param requireRollbacks whether a checked migration without rollback is a finding; when false it is
 *     applied and skipped with a note
 */
public record RollbackCheckOptions(int last, Set<String> appliedVersions, boolean requireRollbacks) {
    public RollbackCheckOptions {
        if (last < 0) {
            throw new IllegalArgumentException("last must be 0 (all) or more, not " + last);
        }
        appliedVersions = appliedVersions == null ? Set.of() : Set.copyOf(appliedVersions);
    }

    /** Every migration, each requiring a rollback. */
    public static RollbackCheckOptions all() {
        return new RollbackCheckOptions(0, Set.of(), true);
    }
}
