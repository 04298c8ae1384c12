package dev.schemaverify.api;

import dev.schemaverify.migrate.FolderOptions;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.Placeholders;
import dev.schemaverify.migrate.SqlMigrationFolder;
import dev.schemaverify.migrate.liquibase.LiquibaseChangelog;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the {@link MigrationSource} a request names: a SQL folder in any layout, or a Liquibase changelog. */
public final class MigrationSources {
    private MigrationSources() {
    }

    /**
     * The SQL migration folder {@code folder}, named {@code display} in messages (relative to the project).
     * Missing rollbacks are not a problem here; {@code rollback-check} is where they are required.
     */
    public static MigrationSource forFolder(Path folder, String display) {
        return new SqlMigrationFolder(folder, display, false);
    }

    /** The Liquibase changelog {@code changelog} (XML, YAML, JSON or formatted SQL). */
    public static MigrationSource forChangelog(Path changelog, String display) {
        return new LiquibaseChangelog(changelog, display);
    }

    /**
     * The project's migrations: {@code location} may be a SQL folder or a Liquibase changelog file.
     */
    public static MigrationSource forLocation(Path location, String display) {
        return forLocation(location, display, false);
    }

    /**
     * As {@link #forLocation(Path, String)}; {@code requireRollbacks} makes a SQL migration without a
     * rollback a {@code missing-rollback} problem (a changelog always reports changesets Liquibase cannot
     * roll back).
     */
    public static MigrationSource forLocation(Path location, String display, boolean requireRollbacks) {
        return forLocation(location, display, MigrationSettings.defaults(), requireRollbacks);
    }

    /**
     * The project's migrations read as {@code settings} say; {@code requireRollbacks} {@code null} leaves
     * the rollback requirement to the folder's layout (required where it has rollbacks).
     */
    public static MigrationSource forLocation(Path location, String display, MigrationSettings settings,
            Boolean requireRollbacks) {
        MigrationSettings read = settings == null ? MigrationSettings.defaults() : settings;
        if (Files.isRegularFile(location)) {
            return new LiquibaseChangelog(location, display).filtered(read.contexts(), read.labels());
        }
        FolderOptions.Ordering ordering;
        try {
            ordering = FolderOptions.Ordering.parse(read.ordering());
        } catch (IllegalArgumentException e) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, e.getMessage() + " (-Dschema-verify.ordering)");
        }
        SqlMigrationFolder folder = new SqlMigrationFolder(location, display,
                new FolderOptions(read.recursive(), ordering, requireRollbacks));
        return read.placeholders().isEmpty() ? folder
                : folder.withPlaceholders(new Placeholders(read.placeholders(), read.placeholdersInDollarQuotes()));
    }

    /**
     * As {@link #forLocation(Path, String, boolean)}, with {@code ${name}} placeholders replaced in a SQL
     * folder's scripts when they run (a Liquibase changelog has its own changelog parameters).
     */
    public static MigrationSource forLocation(Path location, String display, boolean requireRollbacks,
            Placeholders placeholders) {
        return forLocation(location, display, MigrationSettings.defaults(), requireRollbacks, placeholders);
    }

    /**
     * As {@link #forLocation(Path, String, MigrationSettings, Boolean)}, with {@code placeholders} (when it has
     * values) replacing those of the settings.
     */
    public static MigrationSource forLocation(Path location, String display, MigrationSettings settings,
            Boolean requireRollbacks, Placeholders placeholders) {
        MigrationSource source = forLocation(location, display, settings, requireRollbacks);
        return source instanceof SqlMigrationFolder folder && placeholders != null && placeholders.enabled()
                ? folder.withPlaceholders(placeholders) : source;
    }
}
