package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrationSource;
import java.util.Objects;

/**
 * Which migrations to compare with which database's history. Reading the status changes nothing.
 *
 * @param historySchema the schema of the history table; {@code null} means {@code public}
 * @param target the database whose history to read, or {@code null} to check the files alone (names,
 *     duplicate versions, gaps, rollbacks)
 * @param outOfOrderAllowed report out-of-order migrations as warnings rather than errors
 * @param requireRollbacks with a target, a pending migration without rollback is an error where the source
 *     requires rollbacks ({@link MigrationSource#rollbacksRequired()}, decided by the folder's layout unless set);
 *     the applied ones are not asked for one
 */
public record StatusRequest(MigrationSource source, DatabaseTarget target, String historySchema,
        boolean outOfOrderAllowed, boolean requireRollbacks) {
    public StatusRequest {
        Objects.requireNonNull(source, "source");
    }

    /** A request that does not require rollbacks of pending migrations. */
    public StatusRequest(MigrationSource source, DatabaseTarget target, String historySchema,
            boolean outOfOrderAllowed) {
        this(source, target, historySchema, outOfOrderAllowed, false);
    }
}
