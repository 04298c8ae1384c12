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
 * @param tenantColumns columns that make a table a tenant table; empty means {@code tenant_id}, {@code org_id}
 * @param applicationRoles roles the application connects as (a table they own needs FORCE ROW LEVEL
 *     SECURITY); empty means that rule is not checked, which the result says
 */
public record LintRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow,
        MigrationSettings migrationSettings, List<String> apiRoles, List<File> files, List<String> tenantColumns,
        List<String> applicationRoles) {
    public LintRequest {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(migrationsDisplay, "migrationsDisplay");
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
        migrationSettings = migrationSettings == null ? MigrationSettings.defaults() : migrationSettings;
        apiRoles = apiRoles == null ? List.of() : List.copyOf(apiRoles);
        files = files == null ? List.of() : List.copyOf(files);
        tenantColumns = tenantColumns == null ? List.of() : List.copyOf(tenantColumns);
        applicationRoles = applicationRoles == null ? List.of() : List.copyOf(applicationRoles);
    }

    /** Default tenant columns, no application roles. */
    public LintRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow,
            MigrationSettings migrationSettings, List<String> apiRoles, List<File> files) {
        this(migrations, migrationsDisplay, shadow, migrationSettings, apiRoles, files, null, null);
    }

    /** The migrations alone, read with the default settings, on an embedded shadow database. */
    public LintRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow) {
        this(migrations, migrationsDisplay, shadow, null, null, null, null, null);
    }

    /** A file to read for secrets, and its name in messages. */
    public record File(Path path, String display) {
        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(display, "display");
        }
    }
}
