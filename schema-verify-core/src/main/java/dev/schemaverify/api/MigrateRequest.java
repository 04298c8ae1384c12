package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrationSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to migrate: the pending migrations of {@code source}, applied to {@code target}.
 *
 * @param source the migrations, e.g. {@link MigrationSources#forFolder}
 * @param target the database to change
 * @param options dry run, target version, out-of-order and hygiene overrides, history schema
 * @param progress receives progress lines (waiting for the lock, each step as it starts); may be {@code null}
 * @param snapshot where to write the target's schema (and a backup) before a real run changes it, or
 *     {@code null} for no snapshot
 */
public record MigrateRequest(MigrationSource source, DatabaseTarget target, MigrateOptions options,
        Consumer<String> progress, SnapshotSettings snapshot) {
    public MigrateRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        options = options == null ? MigrateOptions.defaults() : options;
        progress = progress == null ? line -> { } : progress;
    }

    /** A request without a snapshot. */
    public MigrateRequest(MigrationSource source, DatabaseTarget target, MigrateOptions options,
            Consumer<String> progress) {
        this(source, target, options, progress, null);
    }
}
