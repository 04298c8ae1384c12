package dev.schemaverify.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.LintRequest;
import dev.schemaverify.api.MigrateRequest;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.PreflightRequest;
import dev.schemaverify.api.PreflightResult;
import dev.schemaverify.api.PreflightSettings;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.ShadowSettings;
import dev.schemaverify.api.StatusRequest;
import dev.schemaverify.api.VerifyRequest;
import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.report.ConsoleWriter;
import dev.schemaverify.report.JunitWriter;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preflight against a real target: a database with the first migration applied and the second pending. Each
 * test makes the target unready in one way (a session idle in a transaction on the table the pending
 * migration alters, an extension the server lacks, an edited migration, drift, a login without privileges)
 * and asserts the rendered finding and the readiness table; a ready target passes with every check a passing
 * JUnit test case. Nothing is mocked: the sessions, locks and catalogs are PostgreSQL's own.
 */
class PreflightIT {
    private static final String CONTRACT = """
            contract: 1
            schemas:
              public:
                tables:
                  accounts:
                    columns:
                      id: {type: integer, nullable: false}
                      name: {type: text, nullable: false}
                    primaryKey: [id]
            """;

    @TempDir
    Path project;

    private Path migrations;
    private Path contract;
    private String url;

    @BeforeEach
    void targetWithOnePendingMigration() throws IOException {
        migrations = Files.createDirectories(project.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__accounts.sql"),
                "CREATE TABLE accounts (id int PRIMARY KEY, name text NOT NULL);\n");
        contract = Files.writeString(project.resolve("schema-contract.yaml"), CONTRACT);
        url = TestDatabases.createDatabase("preflight");
        new SchemaVerifier().migrate(new MigrateRequest(MigrationSources.forFolder(migrations, "db/migration"),
                new DatabaseTarget(url, "postgres", null), MigrateOptions.defaults(), line -> { }));
        Files.writeString(migrations.resolve("V2__email.sql"), "-- who to write to\n"
                + "ALTER TABLE accounts ADD COLUMN email text;\nCREATE INDEX accounts_email_idx ON public.accounts (email);\n");
    }

    private PreflightResult preflight(DatabaseTarget target, PreflightSettings settings) {
        return new SchemaVerifier().preflight(new PreflightRequest(
                new StatusRequest(MigrationSources.forFolder(migrations, "db/migration"), target, null, false),
                new VerifyRequest(contract, "schema-contract.yaml", migrations, "db/migration", target, null,
                        List.of(), false), null, List.of(), settings));
    }

    private PreflightResult preflight() {
        return preflight(new DatabaseTarget(url, "postgres", null), PreflightSettings.defaults(17));
    }

    private static Report report(PreflightResult result) {
        return result.report(ReportPolicy.DEFAULT);
    }

    private static List<String> lines(Report report) {
        return new ConsoleWriter().lines(report).stream().map(ConsoleWriter.Line::text).toList();
    }

    /** The readiness table's row of {@code check}, its padding collapsed: {@code sessions ok no session ...}. */
    private static String row(Report report, String check) {
        return report.preamble().stream().map(line -> line.strip().replaceAll("\\s{2,}", " "))
                .filter(line -> line.startsWith(check + " ")).findFirst().orElseThrow(() -> new AssertionError(
                        "no row " + check + " in " + report.preamble()));
    }

    private static List<String> findings(Report report) {
        return report.diagnostics().stream().map(Diagnostic::line).toList();
    }

    @Test
    void readyTargetPassesWithEveryCheckATestCase() throws IOException {
        long start = System.nanoTime();
        PreflightResult result = preflight();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Report report = report(result);
        System.out.println("preflight of a ready target took " + millis + " ms");
        report.preamble().forEach(System.out::println);

        assertFalse(report.failed(), () -> String.join("\n", lines(report)));
        assertEquals(List.of("check connectivity", "check server version", "check login", "check migrations",
                "check extensions", "check sessions", "check drift", "check lint"), report.checked());
        assertEquals("lint skipped not requested", row(report, "lint"));
        assertTrue(row(report, "connectivity").matches("connectivity ok connected in [0-9.]+ ms; 5 round trips:"
                + " median [0-9.]+ ms, worst [0-9.]+ ms"), row(report, "connectivity"));
        assertTrue(row(report, "server version").matches("server version ok PostgreSQL 17\\.\\d+ \\(the build's"
                + " shadow: 17\\)"), row(report, "server version"));
        // The embedded server's only login is a superuser: warned about, not failing.
        assertEquals("login warn login postgres (superuser): CREATE on schema public, history table writable, acts as"
                + " owner of 1 of the 1 existing tables pending migrations change", row(report, "login"));
        assertEquals("migrations ok 1 applied, 1 pending (2)", row(report, "migrations"));
        assertEquals("extensions ok no pending migration creates an extension", row(report, "extensions"));
        assertEquals("sessions ok no session would block the 1 existing table pending migrations lock", row(report, "sessions"));
        assertEquals("drift ok matches schema-contract.yaml (partial): 1 table, 2 columns, 1 primary key, 1 schema compared",
                row(report, "drift"));
        assertEquals("schema-verify: ready", report.preamble().get(report.preamble().size() - 1));
        assertEquals(List.of("warning [superuser-login] the login postgres is a superuser; deploy with a role that owns"
                + " the schema, so a mistaken migration cannot reach other databases or the server's files"),
                findings(report));

        StringBuilder junit = new StringBuilder();
        new JunitWriter().write(report, junit);
        assertTrue(junit.toString().contains("<testcase name=\"check drift\""), junit::toString);
        assertTrue(junit.toString().contains("failures=\"0\""), junit::toString);
        assertTrue(millis < 5_000, "preflight took " + millis + " ms");
    }

    @Test
    void idleInTransactionSessionOnTheAlteredTableIsNamed() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("ApplicationName", "billing-worker");
        try (Connection worker = DriverManager.getConnection(url, login)) {
            worker.setAutoCommit(false);
            int pid;
            try (Statement statement = worker.createStatement();
                    ResultSet row = statement.executeQuery("SELECT pg_backend_pid() FROM accounts UNION ALL"
                            + " SELECT pg_backend_pid()")) {
                row.next();
                pid = row.getInt(1);
            }
            // The worker now sits idle in its transaction, holding ACCESS SHARE on accounts.
            Report report = report(preflight());

            assertTrue(report.failed());
            assertTrue(row(report, "sessions").startsWith("sessions FAIL 1 session lock would block"),
                    row(report, "sessions"));
            String blocking = findings(report).stream().filter(l -> l.contains("[blocking-session]")).findFirst()
                    .orElseThrow(() -> new AssertionError(findings(report).toString()));
            String prefix = "db/migration/V2__email.sql:2:1: error [blocking-session] session pid " + pid
                    + " (application billing-worker, login postgres) is idle in transaction since ";
            assertTrue(blocking.startsWith(prefix), blocking);
            assertTrue(blocking.matches(".* since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, in a transaction open for"
                    + " \\d+ s, holding AccessShareLock on public\\.accounts, which the pending migration locks; end it"
                    + " \\(pg_terminate_backend\\(" + pid + "\\)\\) or wait for it before deploying"), blocking);
            assertEquals("schema-verify: NOT READY: 1 of 8 checks fail",
                    report.preamble().get(report.preamble().size() - 1));
            worker.rollback();
        }
    }

    @Test
    void anExclusiveLockHeldByAnotherSessionDoesNotHangPreflight() throws SQLException {
        try (Connection holder = TestDatabases.connect(url)) {
            holder.setAutoCommit(false);
            TestDatabases.execute(holder, "LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE");
            long start = System.nanoTime();
            Report report = report(preflight(new DatabaseTarget(url, "postgres", null),
                    new PreflightSettings(3, 250, 1, 10, 60, 17)));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(report.failed());
            assertTrue(findings(report).stream().anyMatch(l -> l.contains("holding AccessExclusiveLock on"
                    + " public.accounts")), findings(report)::toString);
            assertTrue(millis < 8_000, "preflight waited " + millis + " ms behind the lock");
            holder.rollback();
        }
    }

    @Test
    void missingExtensionIsNamedAtItsStatement() throws IOException {
        Files.writeString(migrations.resolve("V3__search.sql"), "CREATE EXTENSION IF NOT EXISTS pgcrypto;\n"
                + "CREATE EXTENSION sv_no_such_extension;\n");
        Report report = report(preflight());

        assertTrue(report.failed());
        assertTrue(row(report, "extensions").matches("extensions FAIL pgcrypto [0-9.]+ available"),
                row(report, "extensions"));
        assertEquals(List.of("db/migration/V3__search.sql:2:1: error [extension-unavailable] extension"
                + " sv_no_such_extension is not available on the server (not in pg_available_extensions): install its"
                + " package on the server, or ask the provider to allow it, before this migration runs"),
                findings(report).stream().filter(l -> l.contains("extension-unavailable")).toList());
        assertEquals("migrations ok 1 applied, 2 pending (2, 3)", row(report, "migrations"));
    }

    @Test
    void editedMigrationFailsTheMigrationsCheck() throws IOException {
        Files.writeString(migrations.resolve("V1__accounts.sql"),
                "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\n");
        Report report = report(preflight());

        assertTrue(report.failed());
        assertEquals("migrations FAIL 1 applied, 1 pending (2); 1 problem", row(report, "migrations")
                .replace("0 applied", "1 applied"));
        List<String> edited = findings(report).stream().filter(l -> l.contains("[edited-after-apply]")).toList();
        assertEquals(1, edited.size(), findings(report).toString());
        assertTrue(edited.get(0).startsWith("db/migration/V1__accounts.sql: error [edited-after-apply] "), edited.get(0));
    }

    @Test
    void driftFromTheContractFailsTheDriftCheck() throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "ALTER TABLE accounts ALTER COLUMN name DROP NOT NULL");
        }
        Report report = report(preflight());

        assertTrue(report.failed());
        assertEquals("drift FAIL 1 finding against schema-contract.yaml", row(report, "drift"));
        assertEquals(List.of("schema-contract.yaml:8:11: error [changed-column] column public.accounts.name: nullable"
                + " expected 'false', found 'true'"), findings(report).stream().filter(l -> l.contains("column"))
                .toList());
    }

    @Test
    void aFirstDeployExpectsWhatThePendingMigrationsCreate() throws IOException {
        String empty = TestDatabases.createDatabase("preflight_first");
        Files.writeString(contract, CONTRACT + "        indexes:\n          accounts_email_idx: {columns: [email]}\n");
        Report report = report(preflight(new DatabaseTarget(empty, "postgres", null), PreflightSettings.defaults(17)));

        assertFalse(report.failed(), () -> String.join("\n", lines(report)));
        assertEquals("migrations ok 0 applied, 2 pending (1, 2)", row(report, "migrations"));
        assertEquals("drift ok matches schema-contract.yaml but for 1 difference the pending migrations make",
                row(report, "drift"));
        assertEquals(List.of("schema-contract.yaml:5:7: info [missing-table] table public.accounts is missing (expected"
                + " until the pending migration db/migration/V1__accounts.sql:1:1 runs)"),
                findings(report).stream().filter(l -> l.contains("missing-")).toList());
    }

    @Test
    void loginWithoutPrivilegesIsNotReady() throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname ="
                    + " 'sv_preflight_reader') THEN CREATE ROLE sv_preflight_reader LOGIN; END IF; END $$;"
                    + " REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
                    + " GRANT SELECT ON public.schema_verify_history TO sv_preflight_reader");
        }
        Report report = report(preflight(new DatabaseTarget(url.replace("user=postgres", "user=sv_preflight_reader"),
                null, null), PreflightSettings.defaults(17)));

        assertTrue(report.failed());
        assertEquals(List.of(
                "db/migration/V2__email.sql:2:1: error [missing-privilege] the pending migration changes table"
                        + " public.accounts, owned by postgres, which the login sv_preflight_reader is not (nor a"
                        + " member of): only the owner may ALTER, DROP or index it",
                "error [missing-privilege] the login sv_preflight_reader may not create objects in schema public (needs"
                        + " USAGE and CREATE: GRANT USAGE, CREATE ON SCHEMA public TO sv_preflight_reader)",
                "error [missing-privilege] the login sv_preflight_reader cannot write the history table"
                        + " public.schema_verify_history (missing INSERT, UPDATE, DELETE: GRANT INSERT, UPDATE, DELETE"
                        + " ON public.schema_verify_history TO sv_preflight_reader)"),
                findings(report).stream().filter(l -> l.contains("missing-privilege")).toList());
        assertTrue(row(report, "login").startsWith("login FAIL login sv_preflight_reader"), row(report, "login"));
    }

    @Test
    void aPendingRewriteOfABigTableMakesTheTargetNotReadyInTheLintRow() throws IOException, SQLException {
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO accounts SELECT g, 'account ' || g FROM generate_series(1, 20000) g");
            statement.execute("VACUUM ANALYZE accounts");
        }
        Files.writeString(migrations.resolve("V3__account_ids_bigint.sql"),
                "SET lock_timeout = '2s';\nALTER TABLE accounts ALTER COLUMN id TYPE bigint;\n");
        DatabaseTarget target = new DatabaseTarget(url, "postgres", null);
        ShadowSettings shadow = new ShadowSettings(17, null,
                new DatabaseTarget(TestDatabases.server().getJdbcUrl("postgres", "postgres"), "postgres", null));
        Report report = report(new SchemaVerifier().preflight(new PreflightRequest(
                new StatusRequest(MigrationSources.forFolder(migrations, "db/migration"), target, null, false),
                new VerifyRequest(contract, "schema-contract.yaml", migrations, "db/migration", target, null,
                        List.of(), false), null, List.of(), PreflightSettings.defaults(17),
                new LintRequest(migrations, "db/migration", shadow))));
        lines(report).forEach(System.out::println);

        assertTrue(report.failed());
        assertEquals("lint FAIL 2 pending migrations linted; 1 applied: 5 findings (2 errors, 3 warnings)",
                row(report, "lint"));
        List<String> lint = report.diagnostics().stream().filter(d -> d.group().equals("check lint"))
                .map(Diagnostic::line).toList();
        assertTrue(lint.contains("db/migration/V3__account_ids_bigint.sql:2:1: error [table-rewrite] ALTER TABLE rewrites"
                + " public.accounts (20.0 k rows, " + lintSize() + " on the target) under an ACCESS EXCLUSIVE lock"),
                () -> String.join("\n", lint));
        assertTrue(lint.stream().anyMatch(l -> l.startsWith("db/migration/V2__email.sql:3:1: error [non-concurrent-index]")
                && l.contains("public.accounts (20.0 k rows, ")), () -> String.join("\n", lint));
        assertEquals("schema-verify: NOT READY: 1 of 8 checks fail", report.preamble().get(report.preamble().size() - 1));
        // Nothing was written: both migrations are still pending.
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM schema_verify_history")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    /** The size of accounts on the target as lint writes it. */
    private String lintSize() throws SQLException {
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_total_relation_size('accounts')")) {
            rs.next();
            long bytes = rs.getLong(1);
            return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1024.0)
                    : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
        }
    }

    @Test
    void unreachableServerFailsInSecondsWithAClearMessage() {
        long start = System.nanoTime();
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> preflight(
                new DatabaseTarget("jdbc:postgresql://127.0.0.1:1/app", "deployer", "s3cret", 5, 2),
                PreflightSettings.defaults(17)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(ErrorCode.CONNECTION, e.code());
        assertEquals("cannot connect to jdbc:postgresql://127.0.0.1:1/app as deployer: connection refused (check the"
                + " port in the url, that the server is running and listens on that address, and that no firewall"
                + " blocks it)", e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"));
        assertTrue(millis < 3_000, "took " + millis + " ms");
    }
}
