package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.LintRequest;
import dev.schemaverify.api.LintResult;
import dev.schemaverify.api.MigrateRequest;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.ShadowSettings;
import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.report.ConsoleWriter;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pre-deploy lint ({@code lint} with a target) against a real target: {@code orders} holds 100,000 rows there,
 * an applied migration rewrote it once (history, not reported), and a pending one rewrites it again: that
 * finding names the table's size on the target. The target's catalog is linted live (a hand-made table
 * without primary key), what the pending migrations add is linted on the shadow, a Flyway-managed target is
 * read through its {@code flyway_schema_history}, and nothing is ever written to the target.
 */
class PreDeployLintIT {
    private static final int ROWS = 100_000;

    @TempDir
    Path project;

    private Path migrations;
    private String url;

    @BeforeEach
    void targetWithABigTable() throws IOException, SQLException {
        migrations = Files.createDirectories(project.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__orders.sql"),
                "CREATE TABLE orders (id int PRIMARY KEY, amount int NOT NULL, note text);\n");
        // Applied long ago, and hazardous: it rewrote orders. The target has it, so it is not reported.
        Files.writeString(migrations.resolve("V2__amount_numeric.sql"),
                "ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);\n");
        url = TestDatabases.createDatabase("predeploy");
        new SchemaVerifier().migrate(new MigrateRequest(MigrationSources.forFolder(migrations, "db/migration"),
                target(), MigrateOptions.defaults(), line -> { }));
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO orders SELECT g, g % 1000, repeat('x', 40) FROM generate_series(1, " + ROWS
                    + ") g");
            statement.execute("VACUUM ANALYZE orders"); // reltuples exact: VACUUM reads every page
        }
    }

    private DatabaseTarget target() {
        return new DatabaseTarget(url, "postgres", null);
    }

    private LintResult lint() {
        ShadowSettings shadow = new ShadowSettings(17, null,
                new DatabaseTarget(TestDatabases.server().getJdbcUrl("postgres", "postgres"), "postgres", null));
        return new SchemaVerifier().lint(new LintRequest(migrations, "db/migration", shadow, null, null, null)
                .withTarget(new LintRequest.Target(target(), null)));
    }

    private static List<String> findings(LintResult result) {
        return result.report(ReportPolicy.DEFAULT).diagnostics().stream().map(Diagnostic::line).toList();
    }

    private static List<String> console(LintResult result) {
        return new ConsoleWriter().lines(result.report(ReportPolicy.DEFAULT)).stream().map(ConsoleWriter.Line::text)
                .toList();
    }

    private String size(String table) throws SQLException {
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_total_relation_size('" + table + "')")) {
            rs.next();
            return TargetSizes.bytes(rs.getLong(1));
        }
    }

    @Test
    void pendingRewriteNamesTheTablesSizeAndTheAppliedOneIsNotReported() throws IOException, SQLException {
        Files.writeString(migrations.resolve("V3__order_ids_bigint.sql"), "SET lock_timeout = '3s';\n"
                + "ALTER TABLE orders ALTER COLUMN id TYPE bigint;\n");
        String before = size("public.orders");

        LintResult result = lint();
        List<String> findings = findings(result);
        console(result).forEach(System.out::println);

        String sized = "public.orders (100.0 k rows, " + before + " on the target)";
        assertEquals(List.of(
                "db/migration/V3__order_ids_bigint.sql:2:1: warning [access-exclusive-lock] ALTER TABLE takes an"
                        + " ACCESS EXCLUSIVE lock on " + sized + ": every read and write of it waits until the"
                        + " migration commits",
                "db/migration/V3__order_ids_bigint.sql:2:1: error [table-rewrite] ALTER TABLE rewrites " + sized
                        + " under an ACCESS EXCLUSIVE lock"),
                findings.stream().filter(f -> f.contains("[table-rewrite]") || f.contains("[access-exclusive-lock]"))
                        .toList());
        assertTrue(findings.stream().noneMatch(f -> f.contains("V2__")), () -> "an applied migration was linted: "
                + findings);
        assertEquals(List.of("migration 3 order ids bigint", "catalog of the target " + target().displayUrl(),
                "catalog after the pending migrations, on the shadow database"),
                result.report(ReportPolicy.DEFAULT).checked());
        assertTrue(console(result).get(0).matches("schema-verify: linted the migrations of .* that "
                + java.util.regex.Pattern.quote(target().displayUrl()) + " has not applied \\(history"
                + " public.schema_verify_history\\): 1 pending migration linted; 2 applied; 2 statements observed on"
                + " shadow database \\(PostgreSQL 17\\) in \\d+ ms"), console(result).get(0));

        // Nothing was written to the target: V3 still pending, the column still an integer, the size the same.
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            assertEquals(List.of("1", "2"), column(statement, "SELECT version FROM schema_verify_history ORDER BY 1"));
            assertEquals(List.of("integer"), column(statement, "SELECT data_type FROM information_schema.columns"
                    + " WHERE table_name = 'orders' AND column_name = 'id'"));
        }
        assertEquals(before, size("public.orders"));
    }

    @Test
    void nothingPendingSaysSoInTheSuccessLine() {
        LintResult result = lint();
        Report report = result.report(ReportPolicy.DEFAULT);
        assertEquals(List.of(), findings(result));
        assertEquals("No lint findings in " + result.source() + " for " + target().displayUrl()
                + ": 0 pending migrations linted; 2 applied.", report.cleanHeading());
        assertTrue(console(result).contains(report.cleanHeading()), () -> String.join("\n", console(result)));
        assertEquals("no shadow database (nothing pending)", result.database());
    }

    @Test
    void catalogRulesReadTheLiveTargetAndThePendingMigrationsOnTheShadow() throws IOException, SQLException {
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE hotfix_audit (at timestamptz, what text)"); // by hand, on the target only
        }
        Files.writeString(migrations.resolve("V3__events.sql"), "CREATE TABLE events (at timestamptz, what text);\n");
        Files.writeString(migrations.resolve("V4__events_at.sql"), "CREATE INDEX events_at_idx ON events (at);\n");

        List<String> all = findings(lint());
        // events is new to the target: the index is built on an empty table during the deploy, so it is info.
        assertEquals(List.of("db/migration/V4__events_at.sql:1:1: info [non-concurrent-index] CREATE INDEX builds index"
                + " public.events_at_idx of public.events without CONCURRENTLY, blocking writes to it (public.events is"
                + " not on the target yet: an earlier pending migration creates it, so it is empty when this runs)"),
                all.stream().filter(f -> f.contains("[non-concurrent-index]")).toList());
        List<String> findings = all.stream().filter(f -> f.contains("[table-without-primary-key]")).toList();

        assertEquals(2, findings.size(), () -> String.join("\n", findings));
        assertTrue(findings.stream().anyMatch(f -> f.contains("public.hotfix_audit") && !f.contains("after the pending")),
                () -> String.join("\n", findings));
        assertTrue(findings.stream().anyMatch(f -> f.contains("public.events") && f.endsWith(
                "(after the pending migrations)")), () -> String.join("\n", findings));
    }

    @Test
    void aFlywayManagedTargetIsReadThroughFlywaysHistory() throws IOException, SQLException {
        url = TestDatabases.createDatabase("predeploy_flyway");
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id int PRIMARY KEY, amount numeric(12,2) NOT NULL, note text)");
            statement.execute("INSERT INTO orders SELECT g, 1, 'x' FROM generate_series(1, 2000) g");
            statement.execute("VACUUM ANALYZE orders");
            statement.execute("CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50),"
                    + " description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL,"
                    + " checksum int, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(),"
                    + " execution_time int NOT NULL, success boolean NOT NULL)");
            statement.execute("INSERT INTO flyway_schema_history VALUES"
                    + " (1, '1', 'orders', 'SQL', 'V1__orders.sql', 1, 'flyway', now(), 5, true),"
                    + " (2, '2', 'amount numeric', 'SQL', 'V2__amount_numeric.sql', 2, 'flyway', now(), 5, true)");
        }
        Files.writeString(migrations.resolve("V3__order_ids_bigint.sql"), "ALTER TABLE orders ALTER COLUMN id TYPE bigint;\n");

        LintResult result = lint();

        assertEquals("1 pending migration linted; 2 applied", result.target().summary());
        assertEquals("flyway_schema_history", result.target().history());
        assertEquals(List.of("db/migration/V3__order_ids_bigint.sql:1:1: error [table-rewrite] ALTER TABLE rewrites"
                + " public.orders (2.0 k rows, " + size("public.orders") + " on the target) under an ACCESS EXCLUSIVE lock"),
                findings(result).stream().filter(f -> f.contains("[table-rewrite]")).toList());
    }

    private static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
