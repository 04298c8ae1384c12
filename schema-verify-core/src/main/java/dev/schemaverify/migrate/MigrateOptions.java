package dev.schemaverify.migrate;

import java.time.Duration;
import java.util.Objects;

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
 * @param lockTimeout PostgreSQL's {@code lock_timeout} for the migrations' statements; zero waits as long
 *     as a lock takes (the default: a migration that gives up half-way through a deploy is worse than one
 *     that waits), a positive value fails a statement that waits longer for a table lock
 * @param lockWait how long to wait for the migration advisory lock held by another run before failing
 *     with a message naming that run
 * @param baselineOnMigrate on a database that holds a schema but no history table, record the
 *     migrations up to {@code baselineVersion} as applied (without running them) before migrating
 * @param baselineVersion the version the existing schema corresponds to, for {@code baselineOnMigrate}
 */
public record MigrateOptions(String historySchema, boolean dryRun, String target, boolean outOfOrder,
        boolean allowEdited, boolean allowMissing, Duration lockTimeout, Duration lockWait,
        boolean baselineOnMigrate, String baselineVersion) {
    /** How long a run waits for another run's advisory lock unless told otherwise. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

    public MigrateOptions {
        historySchema = historySchema == null || historySchema.isBlank()
                ? MigrationHistory.DEFAULT_SCHEMA : historySchema.trim();
        target = target == null || target.isBlank() ? null : target.trim();
        lockTimeout = lockTimeout == null ? Duration.ZERO : lockTimeout;
        lockWait = lockWait == null ? DEFAULT_LOCK_WAIT : lockWait;
        if (lockTimeout.isNegative() || lockWait.isNegative()) {
            throw new IllegalArgumentException("lock timeouts must not be negative");
        }
        baselineVersion = baselineVersion == null || baselineVersion.isBlank() ? null : baselineVersion.trim();
    }

    /** The options of the first release: no statement lock timeout, the default lock wait, no baseline. */
    public MigrateOptions(String historySchema, boolean dryRun, String target, boolean outOfOrder,
            boolean allowEdited, boolean allowMissing) {
        this(historySchema, dryRun, target, outOfOrder, allowEdited, allowMissing, null, null, false, null);
    }

    /** Everything pending, history in {@code public}, hygiene enforced. */
    public static MigrateOptions defaults() {
        return new MigrateOptions(null, false, null, false, false, false);
    }

    /** These options with other lock settings. */
    public MigrateOptions withLocks(Duration statementLockTimeout, Duration advisoryLockWait) {
        return new MigrateOptions(historySchema, dryRun, target, outOfOrder, allowEdited, allowMissing,
                statementLockTimeout, advisoryLockWait, baselineOnMigrate, baselineVersion);
    }

    /** These options with a baseline on migrate at {@code version}. */
    public MigrateOptions withBaselineOnMigrate(String version) {
        return new MigrateOptions(historySchema, dryRun, target, outOfOrder, allowEdited, allowMissing, lockTimeout,
                lockWait, true, Objects.requireNonNull(version, "version"));
    }
}
