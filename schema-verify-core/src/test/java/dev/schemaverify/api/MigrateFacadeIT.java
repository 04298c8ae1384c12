package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrateResult;
import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateFacadeIT {
    @TempDir
    Path folder;

    private static List<String> states(StatusResult result) {
        return result.status().entries().stream()
                .map(e -> e.version() + " " + e.state() + " " + e.location() + " " + (e.installedOn() != null))
                .toList();
    }

    /** A source reads its folder once; a later run (like a new build) reads it again. */
    private StatusRequest freshStatusRequest(DatabaseTarget target) {
        return new StatusRequest(MigrationSources.forFolder(folder, "db/migration"), target, null, false);
    }

    @Test
    void migrateThenStatusOfASqlFolder() throws Exception {
        Files.writeString(folder.resolve("V1__users.sql"), "CREATE TABLE users (id int PRIMARY KEY);\n");
        Files.writeString(folder.resolve("V2__notes.sql"), "CREATE TABLE notes (id int);\r\n");
        Files.writeString(folder.resolve("R__users_view.sql"), "CREATE OR REPLACE VIEW users_view AS SELECT id FROM users;");
        DatabaseTarget target = new DatabaseTarget(TestDatabases.createDatabase("facade"), "postgres", null);
        SchemaVerifier verifier = new SchemaVerifier();
        StatusRequest statusRequest = new StatusRequest(MigrationSources.forFolder(folder, "db/migration"), target,
                null, false);

        assertEquals(List.of("1 PENDING db/migration/V1__users.sql false", "2 PENDING db/migration/V2__notes.sql false",
                "users_view PENDING db/migration/R__users_view.sql false"), states(verifier.status(statusRequest)));

        List<String> progress = new ArrayList<>();
        MigrateResult result = verifier.migrate(new MigrateRequest(MigrationSources.forFolder(folder, "db/migration"),
                target, MigrateOptions.defaults(), progress::add));
        assertEquals(3, result.applied().size());
        assertEquals(List.of("applying 1 (db/migration/V1__users.sql)", "applying 2 (db/migration/V2__notes.sql)",
                "applying repeatable users_view (db/migration/R__users_view.sql)"), progress);

        StatusResult status = verifier.status(statusRequest);
        assertEquals(List.of("1 APPLIED db/migration/V1__users.sql true", "2 APPLIED db/migration/V2__notes.sql true",
                "users_view APPLIED db/migration/R__users_view.sql true"), states(status));
        assertEquals("SQL folder db/migration (Flyway layout)", status.source());

        // Line endings alone are no edit; a changed statement is.
        Files.writeString(folder.resolve("V2__notes.sql"), "CREATE TABLE notes (id int);\n");
        assertEquals(List.of(), verifier.status(freshStatusRequest(target)).status().problems());
        Files.writeString(folder.resolve("V2__notes.sql"), "CREATE TABLE notes (id bigint);\n");
        MigrationStatus edited = verifier.status(freshStatusRequest(target)).status();
        assertEquals(List.of("db/migration/V2__notes.sql: error [edited-after-apply]"), edited.problems().stream()
                .map(MigrationProblem::toString).map(line -> line.substring(0, line.indexOf(']') + 1)).toList());
    }

    @Test
    void failingFileNamesItsLineAndPostgresMessage() throws Exception {
        Files.writeString(folder.resolve("V1__bad.sql"), "CREATE TABLE a (id int);\nSELECT * FROM\n  missing_table;\n");
        DatabaseTarget target = new DatabaseTarget(TestDatabases.createDatabase("facade"), "postgres", null);

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> new SchemaVerifier().migrate(
                new MigrateRequest(MigrationSources.forFolder(folder, "db/migration"), target, null, null)));

        assertEquals("db/migration/V1__bad.sql:3:3: relation \"missing_table\" does not exist (migration 1 was rolled"
                + " back: the database holds nothing of it)", e.getMessage());
    }
}
