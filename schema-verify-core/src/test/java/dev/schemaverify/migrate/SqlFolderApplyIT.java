package dev.schemaverify.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.api.MigrationSources;
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

/**
 * A plain SQL folder applied the way every goal applies it ({@link StepTransactions#applyAll}): version
 * order with repeatables last, one transaction per migration, errors located at file:line:col of the
 * migration, and nothing of a failed migration left behind. Naming and hygiene are SqlMigrationFolderTest's.
 */
class SqlFolderApplyIT {
    @TempDir
    Path folder;

    private void write(String name, String sql) throws IOException {
        Files.writeString(folder.resolve(name), sql);
    }

    private List<String> names(MigrationSource source) {
        return source.steps().stream().map(step -> step.location().substring(step.location().lastIndexOf('/') + 1))
                .toList();
    }

    private MigrationSource folder(String display) {
        return MigrationSources.forFolder(folder, display);
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
        write("R__b_view.sql", "CREATE OR REPLACE VIEW b AS SELECT count(*) FROM log;");
        write("R__a_view.sql", "CREATE OR REPLACE VIEW a AS SELECT 1 AS one; INSERT INTO log VALUES ('R__a');");
        write("U2__two.sql", "DROP TABLE log;");
        write("README.md", "not sql");
        MigrationSource migrations = folder("db/migration");

        assertEquals(List.of("V1__init.sql", "V1_2__underscore.sql", "V1.9__nine.sql", "V1.10__ten.sql", "V2__two.sql",
                "R__a_view.sql", "R__b_view.sql"), names(migrations));
        assertEquals(List.of(), migrations.problems());

        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("order"))) {
            assertEquals(7, StepTransactions.applyAll(connection, migrations));
            assertEquals(List.of("1_2", "1.9", "1.10", "2", "R__a"),
                    strings(connection, "SELECT step FROM log ORDER BY at"));
            assertEquals(List.of("a", "b"), strings(connection,
                    "SELECT viewname FROM pg_views WHERE schemaname = 'public' ORDER BY 1"));
            assertEquals(true, connection.getAutoCommit(), "auto-commit is restored");
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
        MigrationSource migrations = folder("db/migration");

        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("broken"))) {
            SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                    () -> StepTransactions.applyAll(connection, migrations));
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
                    () -> StepTransactions.applyAll(connection, folder("db")));
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
            assertEquals(1, StepTransactions.applyAll(connection, folder("db")));
            assertEquals(List.of("2"), strings(connection, "SELECT n FROM counter"));
            assertEquals(List.of("neg;"), strings(connection, "SELECT sign_of(-1)"));
        }
    }
}
