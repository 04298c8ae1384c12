package dev.schemaverify.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.MigrateRequest;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.Quickstart;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start-up guard against real databases built from the quickstart's migrations: clean, drifted, older
 * and newer than the application, with each history kind, and the bypass switches.
 */
class SchemaGuardIT {
    private static final Map<String, String> NO_SWITCHES = Map.of();
    private static String migrated;

    @BeforeAll
    static void migrateOnce() {
        migrated = migratedDatabase();
    }

    private static String migratedDatabase() {
        String url = TestDatabases.createDatabase("guard");
        new SchemaVerifier().migrate(new MigrateRequest(MigrationSources.forFolder(Quickstart.migrations(),
                Quickstart.MIGRATIONS_DISPLAY), new DatabaseTarget(url, "postgres", null), null, null));
        return url;
    }

    private static GuardOptions options(Map<String, String> env, Map<String, String> properties) {
        try {
            return GuardOptions.defaults().withContract(Files.readString(Quickstart.contract()), Quickstart.CONTRACT_DISPLAY)
                    .withSwitches(env::get, properties::get);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCleanDatabaseAtTheRequiredVersionPasses() throws SQLException {
        try (Connection connection = TestDatabases.connect(migrated)) {
            String before = fingerprint(connection);
            GuardResult result = SchemaGuard.check(connection, options(NO_SWITCHES, NO_SWITCHES).withRequiredVersion("8"));
            assertEquals(GuardResult.Status.PASSED, result.status(), result.describe());
            assertEquals("8.0.0", result.databaseVersion().toString());
            assertEquals("public.schema_verify_history", result.versionSource());
            assertTrue(result.objectsCompared() > 10, result.describe());
            assertTrue(connection.getAutoCommit(), "the connection comes back in autocommit mode");
            assertEquals(before, fingerprint(connection), "the guard changed nothing");
            assertTrue(result.describe().startsWith("schema guard passed: " + migrated + " as postgres; schema version"
                    + " 8.0.0 (needs 8.0.0), "), result.describe());
        }
    }

    @Test
    void aDriftedDatabaseRefusesWithEveryProblem() throws SQLException {
        String url = migratedDatabase();
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "ALTER TABLE public.profiles DROP COLUMN avatar_url;"
                    + " DROP INDEX public.invoices_unpaid_idx");
            SchemaGuardException e = assertThrows(SchemaGuardException.class, () -> SchemaGuard.check(connection,
                    options(NO_SWITCHES, NO_SWITCHES).withRequiredVersion("8")));
            List<String> problems = e.result().problems().stream().map(GuardProblem::render).toList();
            assertEquals(2, problems.size(), e.getMessage());
            assertTrue(problems.stream().anyMatch(p -> p.matches("db/schema-contract\\.yaml:\\d+:\\d+: \\[missing-column\\]"
                    + " column public\\.profiles\\.avatar_url is missing")), e.getMessage());
            assertTrue(problems.stream().anyMatch(p -> p.contains("[missing-index] index public.invoices.invoices_unpaid_idx"
                    + " is missing")), e.getMessage());
            assertTrue(e.getMessage().startsWith("schema guard: " + url + " as postgres is not compatible with this"
                    + " application (2 problems)\n  db/schema-contract.yaml:"), e.getMessage());
            assertTrue(connection.getAutoCommit());
            // The same findings through the report writers, with the shared decision to fail.
            assertTrue(e.result().report().failed());
            String junit = dev.schemaverify.report.Reports.writer("junit").render(e.result().report());
            assertTrue(junit.contains("failures=\"2\""), junit);
            assertTrue(junit.contains("column public.profiles.avatar_url is missing"), junit);
        }
    }

    @Test
    void anApplicationNewerThanItsDatabaseSaysRunTheMigrations() throws SQLException {
        try (Connection connection = TestDatabases.connect(migrated)) {
            SchemaGuardException e = assertThrows(SchemaGuardException.class, () -> SchemaGuard.check(connection,
                    GuardOptions.defaults().withRequiredVersion("8.1").withSwitches(NO_SWITCHES::get, NO_SWITCHES::get)));
            assertEquals("schema guard: " + migrated + " as postgres is not compatible with this application (1 problem)\n"
                    + "  [schema-version-behind] the application needs schema version 8.1.0 but the database holds 8.0.0"
                    + " (public.schema_verify_history): run the migrations up to 8.1.0 before starting it", e.getMessage());
        }
    }

    @Test
    void aDatabaseNewerInMinorPassesAndADifferentMajorConflicts() throws SQLException {
        String url = TestDatabases.createDatabase("guard_flyway");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "CREATE TABLE public.flyway_schema_history (installed_rank int PRIMARY KEY,"
                    + " version varchar(50), description varchar(200), success boolean NOT NULL);"
                    + " INSERT INTO public.flyway_schema_history VALUES (1, '1.3', 'init', true), (2, '1.4.1', 'more', true),"
                    + " (3, '1.10', 'failed one', false), (4, NULL, 'repeatable', true)");
            GuardOptions flyway = GuardOptions.defaults().withSwitches(NO_SWITCHES::get, NO_SWITCHES::get);
            GuardResult newer = SchemaGuard.check(connection, flyway.withRequiredVersion("1.4.0"));
            assertEquals(GuardResult.Status.PASSED, newer.status());
            assertEquals("1.4.1", newer.databaseVersion().toString(), "failed rows do not count");
            assertEquals("public.flyway_schema_history", newer.versionSource());

            SchemaGuardException conflict = assertThrows(SchemaGuardException.class,
                    () -> SchemaGuard.check(connection, flyway.withRequiredVersion("2.0")));
            assertTrue(conflict.getMessage().contains("[schema-version-conflict] version conflict: the application needs"
                    + " schema version 2.0.0 but the database holds 1.4.1 (public.flyway_schema_history)"),
                    conflict.getMessage());
        }
    }

    @Test
    void liquibaseTagsAndAVersionQueryAreRead() throws SQLException {
        String url = TestDatabases.createDatabase("guard_liquibase");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "CREATE TABLE public.databasechangelog (id text, orderexecuted int, tag text);"
                    + " INSERT INTO public.databasechangelog VALUES ('a', 1, '2.0.0'), ('b', 2, NULL), ('c', 3, '2.1.0'),"
                    + " ('d', 4, NULL); CREATE TABLE public.app_version (v text); INSERT INTO public.app_version VALUES ('3.2')");
            GuardOptions base = GuardOptions.defaults().withSwitches(NO_SWITCHES::get, NO_SWITCHES::get);
            GuardResult tagged = SchemaGuard.check(connection, base.withRequiredVersion("2.1"));
            assertEquals("2.1.0", tagged.databaseVersion().toString());
            assertEquals("public.databasechangelog (last tag)", tagged.versionSource());

            GuardResult queried = SchemaGuard.check(connection, base.withRequiredVersion("3.0")
                    .withVersionQuery("SELECT v FROM public.app_version"));
            assertEquals(GuardResult.Status.PASSED, queried.status());
            assertEquals("3.2.0", queried.databaseVersion().toString());
        }
    }

    @Test
    void noHistoryAtAllIsAProblemThatSaysWhatToDo() throws SQLException {
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("guard_empty"))) {
            SchemaGuardException e = assertThrows(SchemaGuardException.class, () -> SchemaGuard.check(connection,
                    GuardOptions.defaults().withRequiredVersion("1").withSwitches(NO_SWITCHES::get, NO_SWITCHES::get)));
            assertTrue(e.getMessage().endsWith("[schema-version-unknown] the database holds no migration history"
                    + " (public.schema_verify_history, public.flyway_schema_history and public.databasechangelog do not"
                    + " exist): run the migrations, or configure a versionQuery that returns the schema version"),
                    e.getMessage());
        }
    }

    @Test
    void warnModeReportsWithoutFailing() throws SQLException {
        String url = migratedDatabase();
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "ALTER TABLE public.profiles DROP COLUMN avatar_url");
            GuardResult result = SchemaGuard.check(connection, options(Map.of("SCHEMA_VERIFY_GUARD", "warn"), NO_SWITCHES));
            assertEquals(GuardResult.Status.WARNED, result.status());
            assertTrue(result.compatible());
            assertEquals(1, result.problems().size());
            assertTrue(result.toJson().contains("\"status\": \"warned\""), result.toJson());
            assertTrue(result.toJson().contains("\"code\": \"missing-column\""), result.toJson());
        }
    }

    @Test
    void theBypassChecksNothingAndNamesWhoSetIt() throws SQLException {
        String url = migratedDatabase();
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "ALTER TABLE public.profiles DROP COLUMN avatar_url");
            GuardResult byEnvironment = SchemaGuard.check(connection, options(Map.of("SCHEMA_VERIFY_GUARD", "off"),
                    Map.of("user.name", "ops")).withRequiredVersion("99"));
            assertEquals(GuardResult.Status.BYPASSED, byEnvironment.status());
            assertEquals("SCHEMA GUARD BYPASSED by environment variable SCHEMA_VERIFY_GUARD=off (process user ops): the"
                    + " schema version and the contract were NOT checked against " + url + " as postgres",
                    byEnvironment.describe());

            // the system property wins over the environment, both ways
            SchemaGuardException e = assertThrows(SchemaGuardException.class, () -> SchemaGuard.check(connection,
                    options(Map.of("SCHEMA_VERIFY_GUARD", "off"), Map.of("schema-verify.guard", "fail"))));
            assertEquals(1, e.result().problems().size());
            GuardResult byProperty = SchemaGuard.check(connection, options(NO_SWITCHES,
                    Map.of("schema-verify.guard", "OFF")));
            assertEquals("system property schema-verify.guard=OFF", byProperty.bypass());
            assertTrue(byProperty.toJson().contains("\"bypass\": \"system property schema-verify.guard=OFF\""));
        }
    }

    @Test
    void aBadSwitchValueIsAnErrorNotABypass() throws SQLException {
        try (Connection connection = TestDatabases.connect(migrated)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemaGuard.check(connection,
                    options(Map.of("SCHEMA_VERIFY_GUARD", "disable"), NO_SWITCHES)));
            assertEquals("SCHEMA_VERIFY_GUARD=disable is not a guard mode; use fail, warn or off", e.getMessage());
        }
    }

    @Test
    void aPartialContractThatDeclaresNothingRefusesToPassAndAStrictOneComparesEverything() throws SQLException {
        try (Connection connection = TestDatabases.connect(migrated)) {
            GuardOptions empty = GuardOptions.defaults().withContract("contract: 1\n", "app-contract.yaml")
                    .withSwitches(NO_SWITCHES::get, NO_SWITCHES::get);
            SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> SchemaGuard.check(connection, empty));
            assertEquals(ErrorCode.CONTRACT, e.code());
            assertTrue(e.getMessage().startsWith("app-contract.yaml: the contract declares nothing and is partial, so"
                    + " the schema guard would check nothing; "), e.getMessage());
            assertTrue(connection.getAutoCommit(), "the connection comes back as it was");
            // strict, the same empty contract requires an empty database: every schema of this one is unexpected
            SchemaGuardException strict = assertThrows(SchemaGuardException.class,
                    () -> SchemaGuard.check(connection, empty.withStrict(true)));
            assertTrue(strict.result().problems().stream().map(GuardProblem::render)
                    .anyMatch("[unexpected-schema] schema public is not in the contract"::equals), strict.getMessage());
        }
    }

    @Test
    void aCallersOpenTransactionIsLeftAsItWas() throws SQLException {
        try (Connection connection = TestDatabases.connect(migrated)) {
            connection.setAutoCommit(false);
            GuardResult result = SchemaGuard.check(connection, options(NO_SWITCHES, NO_SWITCHES));
            assertEquals(GuardResult.Status.PASSED, result.status(), result.describe());
            assertFalse(connection.getAutoCommit());
            connection.rollback();
        }
    }

    /** Row counts, relation definitions and the history, so that any write by the guard would show. */
    private static String fingerprint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT string_agg(c.oid::regclass::text || ':' || c.relkind::text"
                        + " || ':' || c.relnatts, ',' ORDER BY c.oid) || '|' || (SELECT count(*) FROM"
                        + " public.schema_verify_history) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
                        + " AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
