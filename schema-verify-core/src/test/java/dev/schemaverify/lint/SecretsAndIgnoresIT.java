package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.LintRequest;
import dev.schemaverify.api.LintResult;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.ShadowSettings;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.report.ReportWriter;
import dev.schemaverify.report.Reports;
import dev.schemaverify.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Secrets in migrations and configuration, masked in every report format, and inline ignores, through the
 * facade on a temporary database of the test server.
 */
class SecretsAndIgnoresIT {
    private static final String ROLE_PASSWORD = "S3cret-Role-Value";
    private static final String URL_PASSWORD = "hunter2hunter2";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0."
            + "dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ";
    private static final String POM_PASSWORD = "pom-secret-123";

    @Test
    void secretsAreReportedMaskedInEveryFormat() throws Exception {
        Path folder = LintFixture.folder("CREATE TABLE notes (id int PRIMARY KEY);\n"
                + "DO $$ BEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lint_app') THEN\n"
                + "    CREATE ROLE lint_app LOGIN PASSWORD '" + ROLE_PASSWORD + "';\n  END IF;\nEND $$;\n"
                + "-- connect with postgres://app:" + URL_PASSWORD + "@db.example.com/app\n"
                + "SELECT '" + JWT + "' AS service_key;\n"
                + "-- deploy with PGPASSWORD=${db.password} (a placeholder, not a secret)\n");
        Path pom = Files.createTempFile(folder, "pom", ".xml");
        Files.writeString(pom, "<project>\n  <properties>\n    <password>" + POM_PASSWORD + "</password>\n"
                + "  </properties>\n</project>\n", StandardCharsets.UTF_8);
        LintResult result = lint(folder, List.of(new LintRequest.File(pom, "pom.xml")));

        List<String> secrets = result.diagnostics().stream().filter(d -> d.code().equals("secret-in-source")).sorted()
                .map(Diagnostic::line).toList();
        assertEquals(List.of(
                "db/V1__m1.sql:4:42: error [secret-in-source] role password 'S3…' (17 characters, masked) is written in"
                        + " the file; rotate it and read it from the environment or settings.xml",
                "db/V1__m1.sql:7:32: error [secret-in-source] password in a database URL 'hu…' (14 characters, masked)"
                        + " is written in the file; rotate it and read it from the environment or settings.xml",
                "db/V1__m1.sql:8:9: error [secret-in-source] service_role JSON Web Token (it bypasses row-level security)"
                        + " 'ey…' (107 characters, masked) is written in the file; rotate it and read it from the"
                        + " environment or settings.xml",
                "pom.xml:3:15: error [secret-in-source] password element 'po…' (14 characters, masked) is written in"
                        + " the file; rotate it and read it from the environment or settings.xml"), secrets);

        Report report = result.report(ReportPolicy.DEFAULT);
        assertTrue(report.failed());
        for (ReportWriter writer : Reports.WRITERS) {
            String rendered = writer.render(report);
            for (String secret : List.of(ROLE_PASSWORD, URL_PASSWORD, JWT, POM_PASSWORD, JWT.substring(0, 20))) {
                assertFalse(rendered.contains(secret), writer.format() + " shows a secret");
            }
        }
    }

    @Test
    void anInlineIgnoreExcusesTheStatementAndShowsItsReason() throws Exception {
        Path folder = LintFixture.folder("CREATE TABLE orders (id int PRIMARY KEY, qty int);\n",
                "SET lock_timeout = '2s';\n"
                        + "-- schema-verify:ignore table-rewrite orders has 40 rows, rewritten in the release window\n"
                        + "-- schema-verify:ignore access-exclusive-lock same window\n"
                        + "ALTER TABLE orders\n  ALTER COLUMN qty TYPE bigint;\n"
                        + "ALTER TABLE orders ADD COLUMN note text; -- schema-verify:ignore drop-everything\n"
                        + "-- schema-verify:ignore table-rewrite\n"
                        + "ALTER TABLE orders ALTER COLUMN id TYPE bigint;\n");
        LintResult result = lint(folder, List.of());
        List<String> lines = result.diagnostics().stream()
                .filter(d -> d.location() != null && d.location().file().equals("db/V2__m2.sql")).sorted()
                .map(Diagnostic::line).toList();
        assertEquals(List.of(
                "db/V2__m2.sql:6:42: error [invalid-ignore] -- schema-verify:ignore names no lint rule ('drop-everything');"
                        + " write -- schema-verify:ignore <rule-id> <reason>",
                "db/V2__m2.sql:7:1: error [invalid-ignore] -- schema-verify:ignore gives no reason; write"
                        + " -- schema-verify:ignore <rule-id> <reason>",
                "db/V2__m2.sql:4:1: info [ignored-finding] [access-exclusive-lock] ALTER TABLE takes an ACCESS EXCLUSIVE"
                        + " lock on public.orders: every read and write of it waits until the migration commits; ignored"
                        + " inline: same window",
                "db/V2__m2.sql:4:1: info [ignored-finding] [table-rewrite] ALTER TABLE rewrites public.orders under an"
                        + " ACCESS EXCLUSIVE lock; ignored inline: orders has 40 rows, rewritten in the release window",
                "db/V2__m2.sql:8:1: error [table-rewrite] ALTER TABLE rewrites public.orders under an ACCESS EXCLUSIVE"
                        + " lock"), lines.stream().filter(l -> !l.contains("[access-exclusive-lock] ALTER TABLE takes")
                                || l.contains("ignored")).toList());
    }

    @Test
    void aRuleTurnedOffBySeveritiesDisappears() throws Exception {
        Path folder = LintFixture.folder("CREATE TABLE orders (id int PRIMARY KEY, qty int);\n",
                "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN qty TYPE bigint;\n");
        Report report = lint(folder, List.of()).report(new ReportPolicy(
                dev.schemaverify.report.Severities.parse(List.of("table-rewrite=warning,access-exclusive-lock=off"),
                        "test"), null, dev.schemaverify.model.Severity.ERROR));
        assertEquals(List.of("db/V2__m2.sql:2:1: warning [table-rewrite] ALTER TABLE rewrites public.orders under an"
                        + " ACCESS EXCLUSIVE lock"),
                report.diagnostics().stream().filter(d -> Set.of("table-rewrite", "access-exclusive-lock")
                        .contains(d.code())).map(Diagnostic::line).toList());
        assertFalse(report.failed());
    }

    private static LintResult lint(Path folder, List<LintRequest.File> files) {
        ShadowSettings shadow = new ShadowSettings(17, null,
                new DatabaseTarget(TestDatabases.server().getJdbcUrl("postgres", "postgres"), "postgres", null));
        return new SchemaVerifier().lint(new LintRequest(folder, "db", shadow, null, null, files));
    }
}
