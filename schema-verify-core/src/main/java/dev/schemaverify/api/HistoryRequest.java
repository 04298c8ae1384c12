package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrationSource;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A change to a target's migration history alone (baseline, repair, Flyway import): nothing runs on its
 * schema.
 *
 * @param source the migrations the history is compared with
 * @param target the database whose history changes
 * @param historySchema schema of {@code schema_verify_history}; {@code null} means {@code public}
 * @param lockWait how long to wait for another run's migration lock; {@code null} for the default
 * @param progress receives progress lines; may be {@code null}
 */
public record HistoryRequest(MigrationSource source, DatabaseTarget target, String historySchema, Duration lockWait,
        Consumer<String> progress) {
    public HistoryRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        lockWait = lockWait == null ? MigrateOptions.DEFAULT_LOCK_WAIT : lockWait;
        progress = progress == null ? line -> { } : progress;
    }
}
