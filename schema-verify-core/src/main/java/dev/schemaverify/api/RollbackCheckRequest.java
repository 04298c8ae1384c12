package dev.schemaverify.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * What to roll back: the migrations of a SQL folder, applied to a shadow database.
 *
 * @param migrations the SQL migration folder, in any supported layout
 * @param migrationsDisplay how the folder is named in messages (relative to the project)
 * @param shadow where the shadow database runs
 * @param last check only the last this many migrations, applying the earlier ones first; 0 checks all
 * @param appliedVersions versions a target database already has: applied without checking
 * @param requireRollbacks whether a migration without rollback is a finding, or skipped with a note;
 *     {@code null} decides by the folder's layout: required where it has rollbacks, skipped with a note in a
 *     forward-only folder
 * @param migrationSettings how the migrations are read
 * @param target a database whose applied migrations are applied unchecked (only new ones are checked),
 *     or {@code null}
 * @param historySchema the schema of {@code target}'s history table; {@code null} means {@code public}
 */
public record RollbackCheckRequest(
        Path migrations,
        String migrationsDisplay,
        ShadowSettings shadow,
        int last,
        Set<String> appliedVersions,
        Boolean requireRollbacks,
        MigrationSettings migrationSettings,
        DatabaseTarget target,
        String historySchema) {
    public RollbackCheckRequest {
        migrationSettings = migrationSettings == null ? MigrationSettings.defaults() : migrationSettings;
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(migrationsDisplay, "migrationsDisplay");
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
        appliedVersions = appliedVersions == null ? Set.of() : Set.copyOf(appliedVersions);
    }

    /** A check without a target database, the migrations read with the default settings. */
    public RollbackCheckRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow, int last,
            Set<String> appliedVersions, boolean requireRollbacks) {
        this(migrations, migrationsDisplay, shadow, last, appliedVersions, requireRollbacks, null, null, null);
    }

    /** A check without a target database. */
    public RollbackCheckRequest(Path migrations, String migrationsDisplay, ShadowSettings shadow, int last,
            Set<String> appliedVersions, Boolean requireRollbacks, MigrationSettings migrationSettings) {
        this(migrations, migrationsDisplay, shadow, last, appliedVersions, requireRollbacks, migrationSettings,
                null, null);
    }
}
