package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrationSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Roll {@code target} back to version {@code to}.
 *
 * @param source the migrations, whose downs run
 * @param target the database to change
 * @param to the version to end at (0: undo every migration)
 * @param historySchema schema of {@code schema_verify_history}; {@code null} means {@code public}
 * @param dryRun print the plan and the SQL of each down; change nothing
 * @param shadow where to build the schema the history says the target has, for the drift check
 * @param schemas the schemas the drift check compares; empty: those the migrations create
 * @param snapshot where to write the target's schema before changing it (and a backup), or {@code null}
 * @param lockWait how long to wait for another run's migration lock; {@code null} for the default
 * @param progress receives progress lines; may be {@code null}
 */
public record RollbackRequest(MigrationSource source, DatabaseTarget target, String to, String historySchema,
        boolean dryRun, ShadowSettings shadow, List<String> schemas, SnapshotSettings snapshot, Duration lockWait,
        Consumer<String> progress) {
    public RollbackRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(shadow, "shadow");
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        lockWait = lockWait == null ? MigrateOptions.DEFAULT_LOCK_WAIT : lockWait;
        progress = progress == null ? line -> { } : progress;
    }

}
