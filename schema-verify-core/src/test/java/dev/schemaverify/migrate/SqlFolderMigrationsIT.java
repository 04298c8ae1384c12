package dev.schemaverify.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFolderMigrationsIT {
    @TempDir
    Path folder;

    private void write(String name, String sql) throws IOException {
        Files.writeString(folder.resolve(name), sql);
    }

    private List<String> names(SqlFolderMigrations migrations) {
        List<String> names = new ArrayList<>();
        migrations.files().forEach(file -> names.add(file.getFileName().toString()));
        return names;
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void ordersVersionsNumericallyAndRepeatablesLastSkippingUndoFiles() throws Exception {
        write("V1.10__ten.sql", "INSERT INTO log VALUES ('1.10');");
        write("V1.9__nine.sql", "INSERT INTO log VALUES ('1.9');");
        write("V1__init.sql", "CREATE TABLE log (step text, at serial);");
        write("V1_2__underscore.sql", "INSERT INTO log VALUES ('1_2');");
        write("V2__two.sql", "INSERT INTO log VALUES ('2');");
        write("003_numbered.sql", "INSERT INTO log VALUES ('003');");
        write("R__b_view.sql", "CREATE OR REPLACE VIEW b AS SELECT count(*) FROM log;");
        write("R__a_view.sql", "CREATE OR REPLACE VIEW a AS SELECT 1 AS one; INSERT INTO log VALUES ('R__a');");
        write("U2__two.sql", "DROP TABLE log;");
        write("003_numbered.down.sql", "DROP TABLE log;");
        write("003_numbered_rollback.sql", "DROP TABLE log;");
        write("V2__two.rollback.sql", "DROP TABLE log;");
        write("README.md", "not sql");
        SqlFolderMigrations migrations = new SqlFolderMigrations(folder, "db/migration");

        assertEquals(List.of("V1__init.sql", "V1_2__underscore.sql", "V1.9__nine.sql", "V1.10__ten.sql", "V2__two.sql",
                "003_numbered.sql", "R__a_view.sql", "R__b_view.sql"), names(migrations));

        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("order"))) {
            assertEquals(8, migrations.applyAll(connection));
            assertEquals(List.of("1_2", "1.9", "1.10", "2", "003", "R__a"),
                    strings(connection, "SELECT step FROM log ORDER BY at"));
            assertEquals(List.of("a", "b"), strings(connection,
                    "SELECT viewname FROM pg_views WHERE schemaname = 'public' ORDER BY 1"));
            assertEquals(true, connection.getAutoCommit(), "auto-commit is restored");
        }
    }

    @Test
    void timestampVersionsSortNumerically() throws Exception {
        write("20240101120000_later.sql", "SELECT 1;");
        write("999_earlier.sql", "SELECT 1;");
        assertEquals(List.of("999_earlier.sql", "20240101120000_later.sql"),
                names(new SqlFolderMigrations(folder, "db")));
    }

    @Test
    void duplicateVersionsNameBothFiles() throws Exception {
        write("V1__first.sql", "SELECT 1;");
        write("V1.0__second.sql", "SELECT 1;");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new SqlFolderMigrations(folder, "db/migration").files());
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("migrations db/migration/V1.0__second.sql and db/migration/V1__first.sql have the same version 1;"
                + " give one of them a new version", e.getMessage());
    }

    @Test
    void duplicateNumberedVersions() throws Exception {
        write("001_a.sql", "SELECT 1;");
        write("1_b.sql", "SELECT 1;");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new SqlFolderMigrations(folder, "sql").files());
        assertEquals("migrations sql/001_a.sql and sql/1_b.sql have the same version 1; give one of them a new version",
                e.getMessage());
    }

    @Test
    void misnamedSqlFileIsAnError() throws Exception {
        write("V1_init.sql", "SELECT 1;");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new SqlFolderMigrations(folder, "db").files());
        assertEquals("db/V1_init.sql: not a migration file name; name it V<version>__<description>.sql,"
                + " <number>_<description>.sql or R__<description>.sql", e.getMessage());
    }

    @Test
    void missingFolderIsAnErrorAndEmptyFolderAppliesNothing() throws Exception {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new SqlFolderMigrations(folder.resolve("nope"), "src/main/resources/db/nope").files());
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("migrations folder src/main/resources/db/nope does not exist", e.getMessage());

        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("empty"))) {
            assertEquals(0, new SqlFolderMigrations(folder, "db").applyAll(connection));
        }
    }

    @Test
    void failingMigrationReportsFileLineColumnAndLeavesNothingBehind() throws Exception {
        write("V1__ok.sql", "CREATE TABLE kept (id int);\n");
        write("V2__broken.sql", "-- creates a table, then fails\n"
                + "CREATE TABLE partial (id int);\n"
                + "INSERT INTO partial VALUES (1);\n"
                + "INSERT INTO partial (id)\n"
                + "    SELECT no_such_column FROM partial;\n");
        write("V3__never.sql", "CREATE TABLE never (id int);\n");
        SqlFolderMigrations migrations = new SqlFolderMigrations(folder, "db/migration");

        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("broken"))) {
            SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrations.applyAll(connection));
            assertEquals(ErrorCode.SQL, e.code());
            assertEquals("db/migration/V2__broken.sql:5:12: column \"no_such_column\" does not exist", e.getMessage());
            assertEquals(List.of("kept"), strings(connection,
                    "SELECT relname FROM pg_class WHERE relname IN ('kept', 'partial', 'never')"));
        }
    }

    @Test
    void errorWithoutPositionPointsAtTheStatement() throws Exception {
        write("V1__dup.sql", "CREATE TABLE t (id int);\n\n  CREATE TABLE t (id int);\n");
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("nopos"))) {
            SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                    () -> new SqlFolderMigrations(folder, "db").applyAll(connection));
            assertEquals("db/V1__dup.sql:3:3: relation \"t\" already exists", e.getMessage());
        }
    }

    @Test
    void dollarQuotedAndSqlStandardFunctionsApply() throws Exception {
        write("V1__functions.sql", "CREATE TABLE counter (n int);\n"
                + "CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
                + "BEGIN\n  NEW.n := NEW.n + 1; -- a comment; with a semicolon\n  RETURN NEW;\nEND;\n$fn$;\n"
                + "CREATE TRIGGER bump BEFORE INSERT ON counter FOR EACH ROW EXECUTE FUNCTION bump();\n"
                + "CREATE FUNCTION sign_of(x int) RETURNS text LANGUAGE sql\n"
                + "BEGIN ATOMIC\n  SELECT CASE WHEN x < 0 THEN 'neg;' ELSE 'pos' END;\nEND;\n"
                + "DO $$ BEGIN INSERT INTO counter VALUES (1); END $$;\n");
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("functions"))) {
            assertEquals(1, new SqlFolderMigrations(folder, "db").applyAll(connection));
            assertEquals(List.of("2"), strings(connection, "SELECT n FROM counter"));
            assertEquals(List.of("neg;"), strings(connection, "SELECT sign_of(-1)"));
        }
    }
}
