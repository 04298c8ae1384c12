package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.report.JsonWriter;
import dev.schemaverify.report.JunitWriter;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quickstart's access tests through the facade, as {@code mvn verify} runs them: on a shadow database
 * after its eight migrations, every check a passing JUnit test case; and the same file refused on a live
 * database without the explicit consent.
 */
class QuickstartAccessIT {
    static final String FILE = "src/test/resources/db/access-tests.yaml";

    static Path file() {
        return Quickstart.resources().resolve("../../../test/resources/db/access-tests.yaml").normalize();
    }

    @Test
    void theQuickstartsAccessTestsPassOnTheShadowDatabase() throws Exception {
        AccessTestResult result = new SchemaVerifier().accessTest(new AccessTestRequest(file(), FILE,
                Quickstart.migrations(), Quickstart.MIGRATIONS_DISPLAY, null, null,
                QuickstartFacadeIT.temporaryDatabaseShadow(), false, 10));
        Report report = result.report(ReportPolicy.DEFAULT);

        assertEquals(List.of(), report.diagnostics().stream().map(Diagnostic::line).toList());
        assertEquals(11 + 14, report.checked().size(), report.checked().toString());
        assertEquals(false, report.failed());
        assertEquals("Access tests passed: 11 checks and 14 pinned matrix entries of " + FILE
                + " on shadow database (PostgreSQL 17, 8 migrations).", report.cleanHeading());
        String junit = new JunitWriter().render(report);
        assertTrue(junit.contains("<testcase name=\"anon reads no profiles\" classname=\"schema-verify.access-test\""
                + " time=\"0\"/>"), junit);
        assertTrue(junit.contains("<testcase name=\"rls matrix public.profiles as anon\""), junit);
        assertTrue(new JsonWriter().render(report).contains("\"RLS matrix (API roles without claims)\""));
        assertEquals(List.of(), Catalog.shadowDatabasesLeft());
    }

    @Test
    void theDocumentedExampleRunsOnTheQuickstartSchema(@TempDir Path folder) throws Exception {
        Path doc = Quickstart.resources().resolve("../../../../../../docs/access-tests.md").normalize();
        String text = Files.readString(doc);
        int start = text.indexOf("## A complete example");
        String yaml = text.substring(text.indexOf("```yaml\n", start) + 8, text.indexOf("```\n", text.indexOf("```yaml\n", start) + 8));
        Path file = Files.writeString(folder.resolve("access-tests.yaml"), yaml);
        AccessTestResult result = new SchemaVerifier().accessTest(new AccessTestRequest(file, "docs/access-tests.md",
                Quickstart.migrations(), Quickstart.MIGRATIONS_DISPLAY, null, null,
                QuickstartFacadeIT.temporaryDatabaseShadow(), false, 10));

        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::line).toList());
        assertEquals(9, result.checked().size(), result.checked().toString());
        assertEquals(14, result.matrix().size());
    }

    @Test
    void aLiveDatabaseNeedsTheExplicitConsent() {
        String url = TestDatabases.createDatabase("access_live");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> new SchemaVerifier().accessTest(
                new AccessTestRequest(file(), FILE, null, null, null, new DatabaseTarget(url, "postgres", null), null,
                        false, 10)));
        assertTrue(e.getMessage().startsWith("access tests run against the live database "), e.getMessage());
        assertTrue(e.getMessage().contains("only with -Dschema-verify.accessTests.live=true"), e.getMessage());
    }
}
