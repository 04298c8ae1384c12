package dev.schemaverify.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.FolderOptions.Ordering;
import dev.schemaverify.migrate.SqlMigrationFolder.Layout;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layouts real projects have: folders per migration, sub-folders, spelling variants, name order. */
class SqlMigrationLayoutsTest {
    @TempDir
    Path folder;

    private void write(String path, String sql) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }

    private SqlMigrationFolder source(FolderOptions options) {
        return new SqlMigrationFolder(folder, "db/migration", options);
    }

    private SqlMigrationFolder source() {
        return source(FolderOptions.defaults());
    }

    private static List<String> rows(SqlMigrationFolder source) {
        return source.steps().stream()
                .map(s -> s.version() + " | " + s.description() + " | " + s.location() + " | " + s.rollbackLocation())
                .toList();
    }

    private static List<String> problems(SqlMigrationFolder source) {
        return source.problems().stream().map(MigrationProblem::toString).toList();
    }

    @Test
    void dieselFoldersPerMigrationAreRead() throws Exception {
        write("2023-07-05-000058_person-admin/up.sql", "CREATE TABLE person (id int);");
        write("2023-07-05-000058_person-admin/down.sql", "DROP TABLE person;");
        write("00000000000000_diesel_initial_setup/up.sql", "SELECT 1;");
        write("00000000000000_diesel_initial_setup/down.sql", "SELECT 1;");
        write("2023-08-01-101500_no_down/up.sql", "SELECT 1;");
        write("2023-08-01-101500_no_down/notes.sql", "SELECT 1;");
        SqlMigrationFolder source = source();

        assertEquals(Layout.FOLDER_PER_MIGRATION, source.layout());
        assertEquals(List.of(
                "00000000000000 | diesel initial setup | db/migration/00000000000000_diesel_initial_setup/up.sql"
                        + " | db/migration/00000000000000_diesel_initial_setup/down.sql",
                "2023-07-05-000058 | person-admin | db/migration/2023-07-05-000058_person-admin/up.sql"
                        + " | db/migration/2023-07-05-000058_person-admin/down.sql",
                "2023-08-01-101500 | no down | db/migration/2023-08-01-101500_no_down/up.sql | null"), rows(source));
        assertEquals(List.of(
                "db/migration/2023-08-01-101500_no_down/notes.sql: warning [unread-file] is not read: a migration"
                        + " folder holds up.sql and down.sql only; move its statements into one of them",
                "db/migration/2023-08-01-101500_no_down/up.sql: error [missing-rollback] migration 2023-08-01-101500"
                        + " has no rollback; add db/migration/2023-08-01-101500_no_down/down.sql"), problems(source));
        assertTrue(source.rollbacksRequired());
    }

    @Test
    void flywayNamedFoldersPerMigration() throws Exception {
        write("V2__orders/up.sql", "SELECT 2;");
        write("V2__orders/down.sql", "SELECT -2;");
        write("V10__items/up.sql", "SELECT 10;");
        write("V10__items/down.sql", "SELECT -10;");
        assertEquals(List.of(
                "2 | orders | db/migration/V2__orders/up.sql | db/migration/V2__orders/down.sql",
                "10 | items | db/migration/V10__items/up.sql | db/migration/V10__items/down.sql"), rows(source()));
    }

    @Test
    void subFoldersAreReadRecursivelyUnlessSwitchedOff() throws Exception {
        write("V1__users.sql", "SELECT 1;");
        write("2024/V5__orders.sql", "SELECT 5;");
        write("2025/q1/V6__invoices.sql", "SELECT 6;");
        assertEquals(List.of(
                "1 | users | db/migration/V1__users.sql | null",
                "5 | orders | db/migration/2024/V5__orders.sql | null",
                "6 | invoices | db/migration/2025/q1/V6__invoices.sql | null"), rows(source()));

        SqlMigrationFolder flat = source(new FolderOptions(false, Ordering.VERSION, false));
        assertEquals(List.of("1 | users | db/migration/V1__users.sql | null"), rows(flat));
        assertEquals(List.of(
                "db/migration/2024: warning [unread-folder] holds 1 .sql file(s) that are not read, as recursive=false;"
                        + " set recursive=true to read them, or move them out of db/migration",
                "db/migration/2025: warning [unread-folder] holds 1 .sql file(s) that are not read, as recursive=false;"
                        + " set recursive=true to read them, or move them out of db/migration"), problems(flat));
    }

    @Test
    void aTreeOfSqlFilesWithNoMigrationFailsNamingWhatItSaw() throws Exception {
        write("2024/V1__a.sql", "SELECT 1;");
        write("2024/V2__b.sql", "SELECT 1;");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> source(new FolderOptions(false, Ordering.VERSION, null)).steps());
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("found no migration in db/migration, which holds 2 .sql files (2024/V1__a.sql, 2024/V2__b.sql),"
                + " only in sub-folders, which recursive=false leaves unread; the layouts read are Flyway"
                + " (V<version>__<description>.sql, U<version>__<description>.sql or R__<description>.sql), up/down"
                + " (<number>_<description>.up.sql and <number>_<description>.down.sql), rollback-file"
                + " (<number>_<description>.sql and <number>_<description>_rollback.sql), single-file"
                + " (<number>_<description>.sql, with -- migrate:up and -- migrate:down sections), folder-per-migration"
                + " (<version>_<description>/up.sql and <version>_<description>/down.sql). Rename the files, or point"
                + " the migrations setting at the folder that holds them", e.getMessage());
    }

    @Test
    void spellingVariantsOfTheUpDownFamilyGoTogether() throws Exception {
        write("0001_users.up.sql", "SELECT 1;");
        write("0001_users.down.sql", "SELECT 1;");
        write("0002_orders_up.sql", "SELECT 1;");
        write("0002_orders_down.sql", "SELECT 1;");
        write("0003_items.up.sql", "SELECT 1;");
        write("0003_items_rollback.sql", "SELECT 1;");
        write("0004_tags.up.sql", "SELECT 1;");
        write("0004_tags.rollback.sql", "SELECT 1;");
        write("0005_odd.sql", "SELECT 1;");
        SqlMigrationFolder source = source();
        assertEquals(Layout.UP_DOWN, source.layout());
        assertEquals(List.of("db/migration/0005_odd.sql: error [unparseable-name] not a migration file name; name it"
                + " <number>_<description>.up.sql and <number>_<description>.down.sql"), problems(source));

        Files.delete(folder.resolve("0005_odd.sql"));
        assertEquals(List.of(
                "0001 | users | db/migration/0001_users.up.sql | db/migration/0001_users.down.sql",
                "0002 | orders | db/migration/0002_orders_up.sql | db/migration/0002_orders_down.sql",
                "0003 | items | db/migration/0003_items.up.sql | db/migration/0003_items_rollback.sql",
                "0004 | tags | db/migration/0004_tags.up.sql | db/migration/0004_tags.rollback.sql"), rows(source()));
        assertEquals(List.of(), problems(source()));
    }

    @Test
    void anUnderscoreUpOrDownIsADescriptionWhereNothingPairsWithIt() throws Exception {
        write("001_create.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n");
        write("002_clean_up.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n");
        write("003_slow_down.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n");
        SqlMigrationFolder source = source();
        assertEquals(Layout.SINGLE_FILE, source.layout());
        assertEquals(List.of(
                "001 | create | db/migration/001_create.sql | db/migration/001_create.sql:3",
                "002 | clean up | db/migration/002_clean_up.sql | db/migration/002_clean_up.sql:3",
                "003 | slow down | db/migration/003_slow_down.sql | db/migration/003_slow_down.sql:3"), rows(source));
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Files.write(folder.resolve("V1__bom.sql"), ("\uFEFFcreate table t (id int);").getBytes(StandardCharsets.UTF_8));
        MigrationStep step = source().steps().get(0);
        assertEquals(SqlScripts.checksum("create table t (id int);"), step.checksum());
        assertEquals("create table t (id int);", SqlScripts.read(folder.resolve("V1__bom.sql"), "V1__bom.sql"));
    }

    @Test
    void fileNameOrderingAcceptsSharedNumbersAndNamesWithoutDescription() throws Exception {
        write("0000_a.up.sql", "SELECT 1;");
        write("0000_a.down.sql", "SELECT 1;");
        write("0000_b.up.sql", "SELECT 1;");
        write("0000_b.down.sql", "SELECT 1;");
        write("0157.up.sql", "SELECT 1;");
        write("0157.down.sql", "SELECT 1;");
        write("0026_drop_job_id.up.sql", "SELECT 1;");
        write("0026_drop_join_id.down.sql", "SELECT 1;");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> source().steps());
        assertEquals("db/migration/0000_b.down.sql: has the same version 0 as db/migration/0000_a.down.sql; give one of"
                + " them a new version, or set ordering=filename if your runner orders migrations by file name",
                e.getMessage());

        SqlMigrationFolder byName = source(new FolderOptions(true, Ordering.FILENAME, null));
        assertEquals(List.of(
                "0000_a | a | db/migration/0000_a.up.sql | db/migration/0000_a.down.sql",
                "0000_b | b | db/migration/0000_b.up.sql | db/migration/0000_b.down.sql",
                "0026_drop_job_id | drop job id | db/migration/0026_drop_job_id.up.sql"
                        + " | db/migration/0026_drop_join_id.down.sql",
                "0157 |  | db/migration/0157.up.sql | db/migration/0157.down.sql"), rows(byName));
        assertEquals(List.of("db/migration/0026_drop_join_id.down.sql: warning [rollback-name-mismatch] pairs with"
                + " db/migration/0026_drop_job_id.up.sql by number 0026, but the descriptions differ ('drop_join_id',"
                + " 'drop_job_id'); rename one so they match, or give the rollback its own migration's number"),
                problems(byName));
    }

    @Test
    void versionOrderingWarnsWhenAPairsDescriptionsDiffer() throws Exception {
        write("0026_drop_job_id.up.sql", "SELECT 1;");
        write("0026_drop_join_id.down.sql", "SELECT 1;");
        assertEquals(List.of("db/migration/0026_drop_join_id.down.sql: warning [rollback-name-mismatch] pairs with"
                + " db/migration/0026_drop_job_id.up.sql by version 26, but the descriptions differ ('drop_join_id',"
                + " 'drop_job_id'); rename one so they match, or give the rollback its own migration's number"),
                problems(source()));
    }

    @Test
    void rollbacksAreRequiredWhereTheLayoutHasThemAndAForwardOnlyFlywayFolderIsAWarning() throws Exception {
        write("V1__a.sql", "SELECT 1;");
        write("V2__b.sql", "SELECT 1;");
        SqlMigrationFolder forwardOnly = source();
        assertFalse(forwardOnly.rollbacksRequired());
        assertEquals(List.of("db/migration: warning [forward-only] no migration here has a rollback, so rollbacks are"
                + " not required and rollback-check skips them; add U<version>__<description>.sql undo files to have"
                + " them checked, or set requireRollbacks=true"), problems(forwardOnly));

        write("U2__b.sql", "SELECT 1;");
        SqlMigrationFolder withUndo = source();
        assertTrue(withUndo.rollbacksRequired());
        assertEquals(List.of("db/migration/V1__a.sql: error [missing-rollback] migration 1 has no rollback; add"
                + " db/migration/U1__a.sql"), problems(withUndo));

        assertEquals(List.of(), problems(source(FolderOptions.defaults().withRequireRollbacks(false))));
    }
}
