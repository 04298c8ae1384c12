package dev.schemaverify.reconcile;

/**
 * How to write the reconciliation script.
 *
 * @param allowDestructive write steps that lose data (dropping a column, a table, an enum value...) as live
 *     SQL; when false they are written commented out, with the reason
 * @param dropUnexpected drop objects the actual schema has and the expected one does not declare (true
 *     when the expected side is a complete database; for a partial contract only in strict mode)
 * @param concurrentIndexes create indexes with {@code CREATE INDEX CONCURRENTLY} outside the transaction
 * @param owners compare and reconcile owners ({@code ALTER ... OWNER TO}); the roles must exist
 * @param comments compare and reconcile comments ({@code COMMENT ON ... IS})
 */
public record ReconcileOptions(boolean allowDestructive, boolean dropUnexpected, boolean concurrentIndexes,
        boolean owners, boolean comments) {
    /** Neither owners nor comments reconciled. */
    public ReconcileOptions(boolean allowDestructive, boolean dropUnexpected, boolean concurrentIndexes) {
        this(allowDestructive, dropUnexpected, concurrentIndexes, false, false);
    }

    /** These options with owners and comments switched as given. */
    public ReconcileOptions withOwnersAndComments(boolean owners, boolean comments) {
        return new ReconcileOptions(allowDestructive, dropUnexpected, concurrentIndexes, owners, comments);
    }

    public static ReconcileOptions safeDefaults() {
        return new ReconcileOptions(false, true, false);
    }
}
