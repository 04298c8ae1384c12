package dev.schemaverify.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What to inspect: a live database ({@code target}) or, without one, a shadow database built from the
 * migrations.
 *
 * @param schemas the schemas to read; empty means every non-system schema
 * @param exclude schemas to leave out
 * @param migrationSettings how the migrations are read
 * @param owners write each object's owner and {@code compareOwners: true} into the contract
 * @param comments write every comment and {@code compareComments: true} into the contract
 */
public record InspectRequest(
        Path migrations,
        String migrationsDisplay,
        DatabaseTarget target,
        ShadowSettings shadow,
        List<String> schemas,
        List<String> exclude,
        MigrationSettings migrationSettings,
        boolean owners,
        boolean comments) {
    public InspectRequest {
        migrationSettings = migrationSettings == null ? MigrationSettings.defaults() : migrationSettings;
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** A contract without owners or comments. */
    public InspectRequest(Path migrations, String migrationsDisplay, DatabaseTarget target, ShadowSettings shadow,
            List<String> schemas, List<String> exclude, MigrationSettings migrationSettings) {
        this(migrations, migrationsDisplay, target, shadow, schemas, exclude, migrationSettings, false, false);
    }

    /** The migrations read with the default settings. */
    public InspectRequest(Path migrations, String migrationsDisplay, DatabaseTarget target, ShadowSettings shadow,
            List<String> schemas, List<String> exclude) {
        this(migrations, migrationsDisplay, target, shadow, schemas, exclude, null);
    }
}
