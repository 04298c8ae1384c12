package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.Placeholders;
import dev.schemaverify.migrate.SqlMigrationFolder;
import dev.schemaverify.migrate.liquibase.LiquibaseChangelog;
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
        if (Files.isRegularFile(location)) {
            return forChangelog(location, display);
        }
        return new SqlMigrationFolder(location, display, requireRollbacks);
    }

    /**
     * As {@link #forLocation(Path, String, boolean)}, with {@code ${name}} placeholders replaced in a SQL
     * folder's scripts when they run (a Liquibase changelog has its own changelog parameters).
     */
    public static MigrationSource forLocation(Path location, String display, boolean requireRollbacks,
            Placeholders placeholders) {
        MigrationSource source = forLocation(location, display, requireRollbacks);
        return source instanceof SqlMigrationFolder folder && placeholders != null && placeholders.enabled()
                ? folder.withPlaceholders(placeholders) : source;
    }
}
