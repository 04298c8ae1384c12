package dev.schemaverify.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What access tests to run, and where: on a shadow database built from the migrations (the default), or,
 * only when {@code live} says so, read-only on the live database {@code target}.
 *
 * @param file the access-test YAML file
 * @param fileDisplay how the file is named in messages (relative to the project)
 * @param migrations the migrations to build the shadow database from
 * @param migrationsDisplay how the migrations are named in messages
 * @param migrationSettings how the migrations are read
 * @param target the live database, or {@code null} for a shadow database
 * @param shadow where the shadow database runs
 * @param live the user's explicit consent to run against {@code target}; without it a target is refused
 * @param statementTimeoutSeconds {@code statement_timeout} of every statement of a check
 */
public record AccessTestRequest(Path file, String fileDisplay, Path migrations, String migrationsDisplay,
        MigrationSettings migrationSettings, DatabaseTarget target, ShadowSettings shadow, boolean live,
        int statementTimeoutSeconds) {
    public AccessTestRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileDisplay, "fileDisplay");
        migrationSettings = migrationSettings == null ? MigrationSettings.defaults() : migrationSettings;
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
    }
}
