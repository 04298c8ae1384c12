package dev.schemaverify.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.SqlMigrationFolder;
import dev.schemaverify.model.Severity;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run checks every migration, each up and down in a session of its own, and tells failure kinds apart. */
class RollbackCheckOneRunIT {
    @TempDir
    Path folder;

    private void write(String name, String sql) throws IOException {
        Files.writeString(folder.resolve(name), sql);
    }

    private void migration(String name, String up, String down) throws IOException {
        write(name + ".up.sql", up);
        write(name + ".down.sql", down);
    }

    private RollbackReport check() {
        String url = TestDatabases.createDatabase("one_run");
        Supplier<Connection> sessions = () -> {
            try {
                return TestDatabases.connect(url);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        return new RollbackChecker(RollbackCheckOptions.all()).check(new SqlMigrationFolder(folder, "db"), sessions);
    }

    private static List<String> outcomes(RollbackReport report) {
        return report.migrations().stream().map(m -> m.version() + " " + m.outcome()
                + (m.note() == null ? "" : " (" + m.note() + ")")).toList();
    }

    private static List<String> findings(RollbackReport report) {
        return report.findings().stream().map(f -> f.severity().label() + " [" + f.code() + "] " + f).toList();
    }

    @Test
    void everyFailingMigrationIsReportedAndTheCheckGoesOnFromTheStateAfterItsUp() throws Exception {
        migration("001_users", "CREATE TABLE users (id int PRIMARY KEY, email text);", "DROP TABLE users;");
        migration("002_email_index", "CREATE INDEX users_email ON users (email);", "SELECT 1;");
        migration("003_orders", "CREATE TABLE orders (id int, user_id int REFERENCES users);", "DROP TABLE orders;");
        migration("004_note", "ALTER TABLE orders ADD note text;", "ALTER TABLE orders DROP COLUMN no_such_column;");
        migration("005_items", "CREATE TABLE items (order_id int, sku text);", "DROP TABLE items;");
        RollbackReport report = check();

        assertEquals(List.of("001 PASSED", "002 FAILED", "003 PASSED", "004 FAILED", "005 PASSED"), outcomes(report));
        assertEquals(List.of(
                "error [rollback-leaves-behind] db/002_email_index.down.sql: rollback of 002 leaves behind index"
                        + " public.users.users_email",
                "error [rollback-failed] db/004_note.down.sql: rollback of 004 fails: db/004_note.down.sql:1:1:"
                        + " column \"no_such_column\" of relation \"orders\" does not exist"), findings(report));
        assertFalse(report.passed());
    }

    @Test
    void aTemporaryTableOfTheUpDoesNotLeakIntoItsDown() throws Exception {
        migration("001_ids", "CREATE TEMPORARY TABLE staging (id int);\nINSERT INTO staging VALUES (1);\n"
                + "CREATE TABLE ids AS SELECT id FROM staging;\n",
                "CREATE TEMPORARY TABLE staging (id int);\nDROP TABLE ids;\n");
        RollbackReport report = check();
        assertEquals(List.of(), findings(report));
        assertEquals(List.of("001 PASSED"), outcomes(report));
    }

    /**
     * Each step starts as a new session would, although the steps share one reset connection: a statement
     * the up prepared with SQL PREPARE and a setting it made are gone when its down and its re-apply run
     * (PREPARE of the same name would fail, a search_path left behind would create the table elsewhere).
     */
    @Test
    void preparedStatementsAndSettingsOfAStepDoNotReachTheNext() throws Exception {
        migration("001_counts", "PREPARE count_rows AS SELECT 1;\nSET search_path = pg_temp;\n"
                + "CREATE TABLE public.counts (n int);\n",
                "PREPARE count_rows AS SELECT 2;\nDROP TABLE counts;\n");
        migration("002_more", "PREPARE count_rows AS SELECT 3;\nCREATE TABLE more (id int);\n",
                "PREPARE count_rows AS SELECT 4;\nDROP TABLE more;\n");
        RollbackReport report = check();
        assertEquals(List.of(), findings(report));
        assertEquals(List.of("001 PASSED", "002 PASSED"), outcomes(report));
    }

    @Test
    void anUpThatIsNotReproducibleIsAWarningApartFromRollbacksThatDoNotRestore() throws Exception {
        migration("001_stamp", "DO $$ BEGIN EXECUTE format('CREATE VIEW built AS SELECT %L::timestamptz AS at',"
                + " clock_timestamp()); END $$;\n", "DROP VIEW built;\n");
        migration("002_more", "CREATE TABLE more (id int);", "DROP TABLE more;");
        RollbackReport report = check();
        assertEquals(List.of("001 PASSED", "002 PASSED"), outcomes(report));
        assertEquals(1, report.findings().size(), report.findings().toString());
        RollbackFinding finding = report.findings().get(0);
        assertEquals("up-not-reproducible", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("db/001_stamp.up.sql", finding.location());
        assertTrue(finding.message().startsWith("the up of 001 is not reproducible: view public.built comes out"
                + " different when re-applied after its rollback: definition was 'SELECT '"), finding.message());
        assertTrue(report.passed(), "a warning does not fail the check");
    }

    @Test
    void aFailingUpOrAnUnknownStateOutsideATransactionLeavesTheRestNeverReached() throws Exception {
        migration("001_users", "CREATE TABLE users (id int, email text);", "DROP TABLE users;");
        migration("002_index", "CREATE INDEX CONCURRENTLY users_email ON users (email);",
                "DROP INDEX CONCURRENTLY no_such_index;");
        migration("003_more", "CREATE TABLE more (id int);", "DROP TABLE more;");
        RollbackReport concurrently = check();
        assertEquals(List.of("001 PASSED", "002 FAILED", "003 NOT_REACHED (never reached: the shadow database is in"
                + " no known state after the rollback of 002 (it runs outside a transaction))"), outcomes(concurrently));

        migration("002_index", "CREATE INDEX users_email ON users (no_such_column);", "DROP INDEX users_email;");
        RollbackReport broken = check();
        assertEquals(List.of("001 PASSED", "002 FAILED",
                "003 NOT_REACHED (never reached: migration 002 does not apply)"), outcomes(broken));
        assertEquals("up-failed", broken.findings().get(0).code());
    }
}
