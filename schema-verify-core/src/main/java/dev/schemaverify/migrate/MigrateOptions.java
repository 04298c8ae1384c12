package dev.schemaverify.migrate;

/**
 * How {@link Migrator#migrate} runs.
 *
 * @param historySchema the schema of the history table; {@code null} means {@code public}
 * @param dryRun only report what would run: nothing is changed, not even the history table created
 * @param target apply up to and including this version; {@code null} applies everything. Repeatables
 *     apply only without a target, since they may rely on any later migration
 * @param outOfOrder apply a pending migration older than the newest applied one instead of refusing
 * @param allowEdited go on although an applied migration was edited since (its checksum differs)
 * @param allowMissing go on although an applied migration's file is gone
 */
public record MigrateOptions(String historySchema, boolean dryRun, String target, boolean outOfOrder,
        boolean allowEdited, boolean allowMissing) {
    public MigrateOptions {
        historySchema = historySchema == null || historySchema.isBlank()
                ? MigrationHistory.DEFAULT_SCHEMA : historySchema.trim();
        target = target == null || target.isBlank() ? null : target.trim();
    }

    /** Everything pending, history in {@code public}, hygiene enforced. */
    public static MigrateOptions defaults() {
        return new MigrateOptions(null, false, null, false, false, false);
    }
}
