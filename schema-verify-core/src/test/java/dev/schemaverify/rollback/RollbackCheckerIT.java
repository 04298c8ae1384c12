package dev.schemaverify.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.SqlMigrationFolder;
import dev.schemaverify.rollback.MigrationCheck.Outcome;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackCheckerIT {
    private static final String USERS = "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            + " email text NOT NULL, tenant_id int NOT NULL);\n";

    @TempDir
    Path folder;

    private void write(String name, String sql) throws IOException {
        Files.writeString(folder.resolve(name), sql);
    }

    /** Writes 001_create_users with a correct rollback, then migration 002 as given. */
    private void usersThen(String up, String down) throws IOException {
        write("001_create_users.up.sql", USERS);
        write("001_create_users.down.sql", "DROP TABLE users;\n");
        write("002_change.up.sql", up);
        write("002_change.down.sql", down);
    }

    private RollbackReport check(RollbackCheckOptions options) throws Exception {
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("rollback"))) {
            return new RollbackChecker(options).check(new SqlMigrationFolder(folder, "db/migration"), connection);
        }
    }

    private List<String> findings() throws Exception {
        RollbackReport report = check(RollbackCheckOptions.all());
        return report.findings().stream().map(RollbackFinding::toString).toList();
    }

    private static List<String> outcomes(RollbackReport report) {
        return report.migrations().stream().map(m -> m.version() + " " + m.outcome()
                + (m.note() == null ? "" : " (" + m.note() + ")")).toList();
    }

    @Test
    void forgottenIndex() throws Exception {
        usersThen("CREATE UNIQUE INDEX users_email_idx ON users (email);\nCREATE INDEX users_tenant_idx ON users (tenant_id);\n",
                "DROP INDEX users_tenant_idx;\n");
        RollbackReport report = check(RollbackCheckOptions.all());
        assertEquals(List.of("db/migration/002_change.down.sql: rollback of 002 leaves behind index"
                + " public.users.users_email_idx"), report.findings().stream().map(RollbackFinding::toString).toList());
        assertEquals("rollback-leaves-behind", report.findings().get(0).code());
        assertEquals(List.of("001 PASSED", "002 FAILED"), outcomes(report));
        MigrationCheck failed = report.migrations().get(1);
        assertEquals("db/migration/002_change.up.sql", failed.location());
        assertEquals("db/migration/002_change.down.sql", failed.rollbackLocation());
    }

    @Test
    void forgottenColumn() throws Exception {
        usersThen("ALTER TABLE users ADD COLUMN display_name text;\nALTER TABLE users ADD COLUMN locale text;\n",
                "ALTER TABLE users DROP COLUMN locale;\n");
        assertEquals(List.of("db/migration/002_change.down.sql: rollback of 002 leaves behind column"
                + " public.users.display_name"), findings());
    }

    @Test
    void forgottenPolicy() throws Exception {
        usersThen("ALTER TABLE users ENABLE ROW LEVEL SECURITY;\n"
                        + "CREATE POLICY users_tenant ON users USING (tenant_id = current_setting('app.tenant_id')::int);\n",
                "ALTER TABLE users DISABLE ROW LEVEL SECURITY;\n");
        assertEquals(List.of("db/migration/002_change.down.sql: rollback of 002 leaves behind policy"
                + " public.users.users_tenant"), findings());
    }

    @Test
    void forgottenTrigger() throws Exception {
        usersThen("CREATE FUNCTION lower_email() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                        + "BEGIN NEW.email := lower(NEW.email); RETURN NEW; END $$;\n"
                        + "CREATE TRIGGER users_lower_email BEFORE INSERT OR UPDATE ON users\n"
                        + "    FOR EACH ROW EXECUTE FUNCTION lower_email();\n",
                "-- the trigger is forgotten; the function cannot go while the trigger uses it\nSELECT 1;\n");
        assertEquals(List.of(
                "db/migration/002_change.down.sql: rollback of 002 leaves behind function public.lower_email()",
                "db/migration/002_change.down.sql: rollback of 002 leaves behind trigger public.users.users_lower_email"),
                findings());
    }

    @Test
    void enumValueAddedAndNeverRemoved() throws Exception {
        write("001_types.up.sql", "CREATE TYPE task_status AS ENUM ('open', 'done');\n");
        write("001_types.down.sql", "DROP TYPE task_status;\n");
        write("002_archived.up.sql", "ALTER TYPE task_status ADD VALUE 'archived';\n");
        write("002_archived.down.sql", "-- PostgreSQL cannot drop an enum value; nothing done\n");
        assertEquals(List.of("db/migration/002_archived.down.sql: rollback of 002 leaves enum"
                + " public.task_status changed: labels was '[open, done]' before 002, is '[open, done, archived]'"
                + " after the rollback"), findings());
    }

    @Test
    void columnTypeNotReverted() throws Exception {
        usersThen("ALTER TABLE users ALTER COLUMN tenant_id TYPE bigint;\n", "SELECT 1;\n");
        assertEquals(List.of("db/migration/002_change.down.sql: rollback of 002 leaves column"
                + " public.users.tenant_id changed: type was 'integer' before 002, is 'bigint' after the rollback"),
                findings());
    }

    @Test
    void rollbackThatDropsTooMuch() throws Exception {
        usersThen("CREATE TABLE notes (id int);\n", "DROP TABLE notes;\nDROP TABLE users;\n");
        assertEquals(List.of("db/migration/002_change.down.sql: rollback of 002 removes table public.users,"
                + " which existed before 002"), findings());
    }

    @Test
    void correctRollbacksPass() throws Exception {
        write("001_create_users.up.sql", USERS + "CREATE SCHEMA audit;\nCREATE TABLE audit.events (id int);\n");
        write("001_create_users.down.sql", "DROP SCHEMA audit CASCADE;\nDROP TABLE users;\n");
        write("002_rls.up.sql", "ALTER TABLE users ALTER COLUMN email TYPE varchar(320);\n"
                + "CREATE TYPE mood AS ENUM ('ok');\nALTER TABLE users ADD mood mood;\n"
                + "ALTER TABLE users ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY users_tenant ON users USING (tenant_id = current_setting('app.tenant_id')::int);\n"
                + "CREATE VIEW user_emails AS SELECT id, email FROM users;\n");
        write("002_rls.down.sql", "DROP VIEW user_emails;\n"
                + "DROP POLICY users_tenant ON users;\nALTER TABLE users DISABLE ROW LEVEL SECURITY;\n"
                + "ALTER TABLE users DROP COLUMN mood;\nDROP TYPE mood;\nALTER TABLE users ALTER COLUMN email TYPE text;\n");
        RollbackReport report = check(RollbackCheckOptions.all());
        assertTrue(report.passed(), () -> report.findings().toString());
        assertEquals(List.of("001 PASSED", "002 PASSED"), outcomes(report));
        assertEquals("SQL folder db/migration (up/down layout)", report.source());
    }

    @Test
    void everyLayoutAppliesAndRollsBack() throws Exception {
        String[][] layouts = {
            {"V1__users.sql", USERS, "U1__users.sql", "DROP TABLE users;"},
            {"001_users.up.sql", USERS, "001_users.down.sql", "DROP TABLE users;"},
            {"001_users.sql", USERS, "001_users_rollback.sql", "DROP TABLE users;"},
            {"001_users.sql", USERS, "001_users.rollback.sql", "DROP TABLE users;"},
        };
        for (String[] layout : layouts) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            write(layout[0], layout[1]);
            write(layout[2], layout[3]);
            write(layout[0].replace("1", "2").replace("users", "index"), "CREATE INDEX users_email ON users (email);");
            write(layout[2].replace("1", "2").replace("users", "index"), "DROP INDEX users_email;");
            RollbackReport report = check(RollbackCheckOptions.all());
            assertEquals(List.of(), report.findings(), layout[0]);
            assertEquals(2, report.count(Outcome.PASSED), layout[0]);
        }
    }

    @Test
    void singleFileSectionsRollBackAndReportDownSectionLines() throws Exception {
        write("20240101120000_users.sql", "-- migrate:up\n" + USERS + "\n-- migrate:down\nDROP TABLE users;\n");
        write("20240102120000_email_index.sql", "-- migrate:up\nCREATE INDEX users_email ON users (email);\n\n"
                + "-- migrate:down\n-- drops the index\nDROP INDEX users_email;\n");
        RollbackReport passing = check(RollbackCheckOptions.all());
        assertEquals(List.of(), passing.findings());
        assertEquals("db/migration/20240102120000_email_index.sql:4", passing.migrations().get(1).rollbackLocation());

        write("20240102120000_email_index.sql", "-- migrate:up\nCREATE INDEX users_email ON users (email);\n\n"
                + "-- migrate:down\n-- drops the index\nDROP INDEX users_email;\nDROP INDEX\n    no_such_index;\n");
        RollbackReport failing = check(RollbackCheckOptions.all());
        assertEquals(List.of("db/migration/20240102120000_email_index.sql:4: rollback of 20240102120000 fails:"
                + " db/migration/20240102120000_email_index.sql:7:1: index \"no_such_index\" does not exist"),
                failing.findings().stream().map(RollbackFinding::toString).toList());
    }

    @Test
    void nonTransactionalStepRunsWithAutocommit() throws Exception {
        usersThen("CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n",
                "DROP INDEX CONCURRENTLY users_email_idx;\n");
        RollbackReport report = check(RollbackCheckOptions.all());
        assertEquals(List.of(), report.findings());
        assertEquals(List.of("001 PASSED", "002 PASSED"), outcomes(report));
    }

    @Test
    void missingRollbacksAreFindingsOrSkippedAndRepeatablesAreSkipped() throws Exception {
        write("V1__users.sql", USERS);
        write("U1__users.sql", "DROP TABLE users;");
        write("V2__seed.sql", "INSERT INTO users (email, tenant_id) VALUES ('a@example.com', 1);");
        write("V3__index.sql", "CREATE INDEX users_email ON users (email);");
        write("U3__index.sql", "DROP INDEX users_email;");
        write("R__view.sql", "CREATE OR REPLACE VIEW emails AS SELECT email FROM users;");

        RollbackReport required = check(RollbackCheckOptions.all());
        assertEquals(List.of("db/migration/V2__seed.sql: migration 2 has no rollback to check; write one, or stop"
                + " requiring rollbacks to skip such migrations"),
                required.findings().stream().map(RollbackFinding::toString).toList());
        assertEquals(List.of("1 PASSED", "2 FAILED", "3 PASSED",
                "view SKIPPED (repeatable migration: it has no rollback to check)"), outcomes(required));

        RollbackReport optional = check(new RollbackCheckOptions(0, Set.of(), false));
        assertTrue(optional.passed());
        assertEquals(List.of("1 PASSED", "2 SKIPPED (no rollback to check (rollbacks are not required))", "3 PASSED",
                "view SKIPPED (repeatable migration: it has no rollback to check)"), outcomes(optional));
    }

    @Test
    void lastAndAppliedVersionsApplyEarlierMigrationsWithoutChecking() throws Exception {
        usersThen("CREATE INDEX users_email ON users (email);\n", "DROP INDEX users_email;\n");
        write("003_more.up.sql", "ALTER TABLE users ADD note text;\n");
        write("003_more.down.sql", "ALTER TABLE users DROP note;\n");

        RollbackReport last = check(new RollbackCheckOptions(1, Set.of(), true));
        assertEquals(List.of("001 APPLIED (applied without checking: only the last 1 migrations are checked)",
                "002 APPLIED (applied without checking: only the last 1 migrations are checked)", "003 PASSED"),
                outcomes(last));

        RollbackReport pending = check(new RollbackCheckOptions(0, Set.of("001"), true));
        assertEquals(List.of("001 APPLIED (already applied to the target database: its rollback would never run"
                + " there)", "002 PASSED", "003 PASSED"), outcomes(pending));
        assertFalse(pending.migrations().get(1).timings().total().isNegative());
    }

    @Test
    void migrationToolsBookkeepingTablesAreNotPartOfTheSchema() throws Exception {
        usersThen("CREATE TABLE IF NOT EXISTS flyway_schema_history (installed_rank int PRIMARY KEY);\n"
                        + "CREATE TABLE IF NOT EXISTS schema_verify_history (id serial PRIMARY KEY, version text);\n"
                        + "CREATE TABLE audit_log (id int);\n",
                "DROP TABLE audit_log;\n");
        assertEquals(List.of(), findings());
    }
}
