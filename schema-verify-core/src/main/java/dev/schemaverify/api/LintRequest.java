package dev.schemaverify.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to lint: the migrations, applied statement by statement to a shadow database and observed there,
 * the migrated schema's catalog, and other files that may hold secrets.
 *
 * @param migrations the SQL migration folder (any layout) or Liquibase changelog
 * @param migrationsDisplay how it is named in messages (relative to the project)
 * @param shadow where the shadow database runs
 * @param migrationSettings how the migrations are read
 * @param apiRoles roles clients reach the database as; empty means {@code anon}, {@code authenticated}, {@code public}
 * @param files other files the secret rule reads ({@code pom.xml}, the contract); missing ones are skipped
 */
public record LintRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow,
        MigrationSettings migrationSettings, List<String> apiRoles, List<File> files) {
    public LintRequest {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(migrationsDisplay, "migrationsDisplay");
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
        migrationSettings = migrationSettings == null ? MigrationSettings.defaults() : migrationSettings;
        apiRoles = apiRoles == null ? List.of() : List.copyOf(apiRoles);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The migrations alone, read with the default settings, on an embedded shadow database. */
    public LintRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow) {
        this(migrations, migrationsDisplay, shadow, null, null, null);
    }

    /** A file to read for secrets, and its name in messages. */
    public record File(Path path, String display) {
        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(display, "display");
        }
    }
}
