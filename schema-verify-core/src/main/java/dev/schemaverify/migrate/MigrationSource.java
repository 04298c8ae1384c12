package dev.schemaverify.migrate;

import java.util.List;

/** Where migrations come from: a SQL folder in one of the supported layouts, or a Liquibase changelog. */
public interface MigrationSource {
    /** For messages: {@code SQL folder src/main/resources/db/migration (Flyway layout)}. */
    String describe();

    /** The steps in the order they apply: versioned ones by version, then repeatables by name. */
    List<MigrationStep> steps();

    /** Problems with the files themselves that need no database (duplicate versions, missing rollbacks...). */
    List<MigrationProblem> problems();

    /**
     * Whether a migration without rollback is an error for this source. A SQL folder decides by its layout
     * unless told; a changelog always reports changesets Liquibase cannot roll back.
     */
    default boolean rollbacksRequired() {
        return true;
    }

    /**
     * Whether this is a Liquibase changelog, which only Liquibase runs. Callers ask this rather than test the
     * class, so that a SQL folder's goals never load a class that links Liquibase.
     */
    default boolean isChangelog() {
        return false;
    }
}
