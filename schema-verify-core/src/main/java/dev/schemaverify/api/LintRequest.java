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
 * @param target the live database of a pre-deploy lint ({@code url}): only the migrations it has not applied
 *     are linted for hazards, each naming the table's size there, and the catalog rules read its catalog;
 *     {@code null} lints every migration on the shadow database alone
 */
public record LintRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow,
        MigrationSettings migrationSettings, List<String> apiRoles, List<File> files, List<String> tenantColumns,
        List<String> applicationRoles, Target target) {
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

    /** Default tenant columns, no application roles; a build-time lint (no target). */
    public LintRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow,
            MigrationSettings migrationSettings, List<String> apiRoles, List<File> files) {
        this(migrations, migrationsDisplay, shadow, migrationSettings, apiRoles, files, null, null);
    }

    /** A build-time lint: every migration, on the shadow database alone. */
    public LintRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow,
            MigrationSettings migrationSettings, List<String> apiRoles, List<File> files, List<String> tenantColumns,
            List<String> applicationRoles) {
        this(migrations, migrationsDisplay, shadow, migrationSettings, apiRoles, files, tenantColumns,
                applicationRoles, null);
    }

    /** This request, pre-deploy against {@code target}. */
    public LintRequest withTarget(Target target) {
        return new LintRequest(migrations, migrationsDisplay, shadow, migrationSettings, apiRoles, files,
                tenantColumns, applicationRoles, target);
    }

    /**
     * The live target of a pre-deploy lint. It is only read: in a read-only session whose {@code lock_timeout}
     * and {@code statement_timeout} keep a query from queueing behind a deploy's lock or running long.
     *
     * @param database the target
     * @param historySchema the schema of schema-verify's history table; {@code null} means {@code public}
     *     (a Flyway-managed target's {@code flyway_schema_history} and Liquibase's {@code DATABASECHANGELOG} are
     *     read as {@code status} reads them)
     * @param lockTimeoutSeconds the session's {@code lock_timeout}
     * @param statementTimeoutSeconds the session's {@code statement_timeout}
     */
    public record Target(DatabaseTarget database, String historySchema, int lockTimeoutSeconds,
            int statementTimeoutSeconds) {
        public Target {
            Objects.requireNonNull(database, "database");
            if (lockTimeoutSeconds < 1 || statementTimeoutSeconds < 1) {
                throw new IllegalArgumentException("the target's timeouts must be at least 1 second");
            }
        }

        /** {@code database} with lint's default timeouts: 5 s to wait for a lock, 60 s per query. */
        public Target(DatabaseTarget database, String historySchema) {
            this(database, historySchema, 5, 60);
        }
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
