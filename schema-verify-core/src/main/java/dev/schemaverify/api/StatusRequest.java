package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrationSource;
import java.util.Objects;

/**
 * Which migrations to compare with which database's history. Reading the status changes nothing.
 *
 * @param historySchema the schema of the history table; {@code null} means {@code public}
 * @param outOfOrderAllowed report out-of-order migrations as warnings rather than errors
 */
public record StatusRequest(MigrationSource source, DatabaseTarget target, String historySchema,
        boolean outOfOrderAllowed) {
    public StatusRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
