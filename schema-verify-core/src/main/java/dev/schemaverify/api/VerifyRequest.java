package dev.schemaverify.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to verify: a contract against either a live database ({@code target}) or, without a target, a
 * shadow database built from the migrations.
 *
 * @param contract the contract YAML file
 * @param contractDisplay how the contract is named in messages (relative to the project)
 * @param migrations the SQL migration folder, or {@code null} for none
 * @param migrationsDisplay how the folder is named in messages
 * @param target the live database to verify, or {@code null} to verify the migrations
 * @param shadow where the shadow database runs
 * @param schemas the schemas to inspect; empty means the schemas the contract covers
 * @param strict also report what the database has that the contract does not declare
 * @param migrationSettings how the migrations are read
 */
public record VerifyRequest(
        Path contract,
        String contractDisplay,
        Path migrations,
        String migrationsDisplay,
        DatabaseTarget target,
        ShadowSettings shadow,
        List<String> schemas,
        boolean strict,
        MigrationSettings migrationSettings) {
    public VerifyRequest {
        migrationSettings = migrationSettings == null ? MigrationSettings.defaults() : migrationSettings;
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(contractDisplay, "contractDisplay");
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** The migrations read with the default settings. */
    public VerifyRequest(Path contract, String contractDisplay, Path migrations, String migrationsDisplay,
            DatabaseTarget target, ShadowSettings shadow, List<String> schemas, boolean strict) {
        this(contract, contractDisplay, migrations, migrationsDisplay, target, shadow, schemas, strict, null);
    }
}
