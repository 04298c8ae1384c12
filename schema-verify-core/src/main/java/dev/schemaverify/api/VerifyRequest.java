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
 * @param compareOwners compare declared owners (as is {@code compareOwners: true} in the contract)
 * @param compareComments compare comments (as is {@code compareComments: true} in the contract)
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
        MigrationSettings migrationSettings,
        boolean compareOwners,
        boolean compareComments) {
    public VerifyRequest {
        migrationSettings = migrationSettings == null ? MigrationSettings.defaults() : migrationSettings;
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(contractDisplay, "contractDisplay");
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** Owners and comments compared only where the contract asks for it. */
    public VerifyRequest(Path contract, String contractDisplay, Path migrations, String migrationsDisplay,
            DatabaseTarget target, ShadowSettings shadow, List<String> schemas, boolean strict,
            MigrationSettings migrationSettings) {
        this(contract, contractDisplay, migrations, migrationsDisplay, target, shadow, schemas, strict,
                migrationSettings, false, false);
    }

    /** The migrations read with the default settings. */
    public VerifyRequest(Path contract, String contractDisplay, Path migrations, String migrationsDisplay,
            DatabaseTarget target, ShadowSettings shadow, List<String> schemas, boolean strict) {
        this(contract, contractDisplay, migrations, migrationsDisplay, target, shadow, schemas, strict, null);
    }
}
