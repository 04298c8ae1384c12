package dev.schemaverify.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.SqlMigrationFolder.Layout;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlMigrationFolderTest {
    @TempDir
    Path folder;

    private void write(String name, String sql) throws IOException {
        Files.writeString(folder.resolve(name), sql);
    }

    private SqlMigrationFolder source() {
        return new SqlMigrationFolder(folder, "db/migration");
    }

    private static List<String> rows(SqlMigrationFolder source) {
        return source.steps().stream()
                .map(s -> s.version() + " | " + s.description() + " | " + s.location() + " | " + s.rollbackLocation()
                        + (s.repeatable() ? " | repeatable" : "") + (s.transactional() ? "" : " | no transaction"))
                .toList();
    }

    private static List<String> problems(SqlMigrationFolder source) {
        return source.problems().stream().map(MigrationProblem::toString).toList();
    }

    @Test
    void flywayLayoutPairsUndoFilesAndPutsRepeatablesLast() throws Exception {
        write("V1__create_users.sql", "CREATE TABLE users (id int);");
        write("U1__create_users.sql", "DROP TABLE users;");
        write("V1.10__ten.sql", "SELECT 1;");
        write("V1.9__nine.sql", "SELECT 1;");
        write("V2__index.sql", "CREATE INDEX CONCURRENTLY users_id ON users (id);");
        write("R__b.sql", "SELECT 1;");
        write("R__a.sql", "SELECT 1;");
        write("README.md", "not sql");
        SqlMigrationFolder source = new SqlMigrationFolder(folder, "db/migration", false);

        assertEquals(Layout.FLYWAY, source.layout());
        assertEquals("SQL folder db/migration (Flyway layout)", source.describe());
        assertEquals(List.of(
                "1 | create users | db/migration/V1__create_users.sql | db/migration/U1__create_users.sql",
                "1.9 | nine | db/migration/V1.9__nine.sql | null",
                "1.10 | ten | db/migration/V1.10__ten.sql | null",
                "2 | index | db/migration/V2__index.sql | null | no transaction",
                "a | a | db/migration/R__a.sql | null | repeatable",
                "b | b | db/migration/R__b.sql | null | repeatable"), rows(source));
        assertEquals(List.of(), problems(source), "rollbacks are not required here, and 1.9 is no integer sequence");
    }

    @Test
    void upDownLayout() throws Exception {
        write("002_add_email.up.sql", "ALTER TABLE users ADD email text;");
        write("002_add_email.down.sql", "ALTER TABLE users DROP email;");
        write("001_create_users.up.sql", "CREATE TABLE users (id int);");
        write("001_create_users.down.sql", "DROP TABLE users;");
        SqlMigrationFolder source = source();

        assertEquals(Layout.UP_DOWN, source.layout());
        assertEquals(List.of(
                "001 | create users | db/migration/001_create_users.up.sql | db/migration/001_create_users.down.sql",
                "002 | add email | db/migration/002_add_email.up.sql | db/migration/002_add_email.down.sql"),
                rows(source));
        assertEquals(List.of(), problems(source));
    }

    @Test
    void rollbackFileLayoutAcceptsBothSuffixes() throws Exception {
        write("001_create_users.sql", "CREATE TABLE users (id int);");
        write("001_create_users_rollback.sql", "DROP TABLE users;");
        write("002_add_email.sql", "ALTER TABLE users ADD email text;");
        write("002_add_email.rollback.sql", "ALTER TABLE users DROP email;");
        SqlMigrationFolder source = source();

        assertEquals(Layout.ROLLBACK_FILES, source.layout());
        assertEquals(List.of(
                "001 | create users | db/migration/001_create_users.sql | db/migration/001_create_users_rollback.sql",
                "002 | add email | db/migration/002_add_email.sql | db/migration/002_add_email.rollback.sql"),
                rows(source));
    }

    @Test
    void singleFilesWithSectionsPointTheRollbackAtTheDownMarker() throws Exception {
        write("20240101120000_create_users.sql", "-- migrate:up\nCREATE TABLE users (id int);\n\n"
                + "-- migrate:down\nDROP TABLE users;\n");
        write("20240102090000_seed.sql", "INSERT INTO users VALUES (1);\n");
        write("20240103090000_index.sql", "-- migrate:up transaction:false\nCREATE INDEX users_id ON users (id);\n"
                + "-- migrate:down\nDROP INDEX users_id;\n");
        SqlMigrationFolder source = source();

        assertEquals(Layout.SINGLE_FILE, source.layout());
        assertEquals(List.of(
                "20240101120000 | create users | db/migration/20240101120000_create_users.sql"
                        + " | db/migration/20240101120000_create_users.sql:4",
                "20240102090000 | seed | db/migration/20240102090000_seed.sql | null",
                "20240103090000 | index | db/migration/20240103090000_index.sql"
                        + " | db/migration/20240103090000_index.sql:3 | no transaction"), rows(source));
        assertEquals(List.of("db/migration/20240102090000_seed.sql: error [missing-rollback] migration 20240102090000"
                + " has no rollback; add a -- migrate:down section to db/migration/20240102090000_seed.sql"),
                problems(source), "timestamps are no sequence: no version gaps");
    }

    @Test
    void checksumIsSha256OfTheForwardSqlWithLineEndsNormalised() throws Exception {
        write("20240101120000_a.sql", "-- migrate:up\r\nSELECT 1;\r\n-- migrate:down\r\nSELECT 2;\r\n");
        write("20240101120001_b.sql", "SELECT 1;\n");
        List<MigrationStep> steps = source().steps();
        assertEquals(SqlScripts.checksum("SELECT 1;\n"), steps.get(0).checksum());
        assertEquals(steps.get(0).checksum(), steps.get(1).checksum());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SqlScripts.checksum(""));
    }

    @Test
    void nonTransactionalStatementsAreFoundInStatementsNotInCommentsOrStrings() {
        assertFalse(SqlScripts.transactional("CREATE UNIQUE INDEX CONCURRENTLY i ON t (a);", "f", 0));
        assertFalse(SqlScripts.transactional("drop   index\n  concurrently i;", "f", 0));
        assertFalse(SqlScripts.transactional("REINDEX (VERBOSE) INDEX CONCURRENTLY i;", "f", 0));
        assertFalse(SqlScripts.transactional("SELECT 1; VACUUM ANALYZE t;", "f", 0));
        assertFalse(SqlScripts.transactional("CREATE /* why */ DATABASE other;", "f", 0));
        assertTrue(SqlScripts.transactional("-- CREATE INDEX CONCURRENTLY i ON t (a);\nSELECT 1;", "f", 0));
        assertTrue(SqlScripts.transactional("SELECT 'VACUUM'; COMMENT ON TABLE t IS 'CREATE INDEX CONCURRENTLY';",
                "f", 0));
        assertTrue(SqlScripts.transactional("ALTER TYPE mood ADD VALUE 'meh'; CREATE INDEX i ON t (a);", "f", 0));
    }

    @Test
    void mixedFolderNamesTheFilesOfEachLayout() throws Exception {
        write("V1__init.sql", "SELECT 1;");
        write("U1__init.sql", "SELECT 1;");
        write("002_more.up.sql", "SELECT 1;");
        write("003_plain.sql", "SELECT 1;");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> source().steps());
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("migrations folder db/migration mixes layouts (Flyway: U1__init.sql, V1__init.sql;"
                + " up/down: 002_more.up.sql; single-file: 003_plain.sql); use one layout per folder, renaming the"
                + " odd files or moving them to a folder of their own", e.getMessage());
    }

    @Test
    void problemsNeedNoDatabase() throws Exception {
        write("001_create_users.up.sql", "SELECT 1;");
        write("001_create_users.down.sql", "SELECT 1;");
        write("1_again.up.sql", "SELECT 1;");
        write("002_no_down.up.sql", "SELECT 1;");
        write("004_skipped_three.up.sql", "SELECT 1;");
        write("004_skipped_three.down.sql", "SELECT 1;");
        write("007_gone.down.sql", "SELECT 1;");
        write("create_users.up.sql", "SELECT 1;");
        write("notes.txt", "ignored");
        SqlMigrationFolder source = source();

        assertEquals(List.of(
                "db/migration/002_no_down.up.sql: error [missing-rollback] migration 002 has no rollback;"
                        + " add db/migration/002_no_down.down.sql",
                "db/migration/004_skipped_three.up.sql: warning [version-gap] version 4 follows 2: version 3 is"
                        + " missing (a deleted or not yet merged migration?)",
                "db/migration/007_gone.down.sql: error [orphan-rollback] rollback of version 007, but no migration"
                        + " has that version; rename it to match its migration, or delete it",
                "db/migration/1_again.up.sql: error [duplicate-version] has the same version 1 as"
                        + " db/migration/001_create_users.up.sql; give one of them a new version, or set ordering=filename if"
                        + " your runner orders migrations by file name",
                "db/migration/create_users.up.sql: error [unparseable-name] not a migration file name; name it"
                        + " <number>_<description>.up.sql and <number>_<description>.down.sql"), problems(source));

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, source::steps);
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("db/migration/1_again.up.sql: has the same version 1 as db/migration/001_create_users.up.sql;"
                + " give one of them a new version, or set ordering=filename if your runner orders migrations by file"
                + " name", e.getMessage());
    }

    @Test
    void gapsAreReportedForRangesAndNotForDottedVersions() throws Exception {
        write("V1__a.sql", "SELECT 1;");
        write("V5__b.sql", "SELECT 1;");
        SqlMigrationFolder source = new SqlMigrationFolder(folder, "db", false);
        assertEquals(List.of("db/V5__b.sql: warning [version-gap] version 5 follows 1: versions 2 to 4 are missing"
                + " (a deleted or not yet merged migration?)"), problems(source));

        write("V1.1__c.sql", "SELECT 1;");
        assertEquals(List.of(), problems(new SqlMigrationFolder(folder, "db", false)));
    }

    @Test
    void emptyAndMissingFolders() throws Exception {
        assertNull(source().layout());
        assertEquals("SQL folder db/migration (empty)", source().describe());
        assertEquals(List.of(), source().steps());
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new SqlMigrationFolder(folder.resolve("nope"), "db/nope").steps());
        assertEquals("migrations folder db/nope does not exist", e.getMessage());
    }
}
