package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.report.ConsoleWriter;
import dev.schemaverify.report.JsonWriter;
import dev.schemaverify.report.JunitWriter;
import dev.schemaverify.report.MarkdownWriter;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The access tests' result as a report: checks are test cases, the matrix a table in every writer. */
class AccessTestReportTest {
    private static final String FILE = "src/test/resources/db/access-tests.yaml";

    private static AccessTestResult result() {
        Diagnostic failed = new Diagnostic("access-check-failed", Severity.ERROR,
                new Diagnostic.Subject("access check", "anon reads no notes"), "anon reads no notes",
                "check 'anon reads no notes' (actor anon (role anon), select public.notes): expected no rows, found 1 row:"
                        + " alice_note", new SourceRef(FILE, 13, 15));
        return new AccessTestResult(FILE, "shadow database (PostgreSQL 17, 1 migration)",
                List.of("anon reads no notes", "alice reads her notes"), List.of(failed),
                List.of("bob edits: not run, because fixture bob_note cannot be inserted"),
                List.of("FAILED: anon reads no notes", "passed: alice reads her notes"),
                List.of(List.of("public.notes", "anon", "1", "denied", "denied", "denied")),
                List.of("    public.notes:", "      anon: {select: 1, insert: denied, update: denied, delete: denied}"),
                false);
    }

    @Test
    void eachCheckIsATestCaseAndANotRunCheckIsSkipped() {
        Report report = result().report(ReportPolicy.DEFAULT);
        String junit = new JunitWriter().render(report);

        assertTrue(report.failed());
        assertTrue(junit.contains("<testcase name=\"alice reads her notes\" classname=\"schema-verify.access-test\""
                + " time=\"0\"/>"), junit);
        assertTrue(junit.contains("<failure type=\"access-check-failed\" message=\"" + FILE + ":13:15: check &#39;anon"
                + " reads no notes&#39; (actor anon (role anon), select public.notes): expected no rows, found 1 row:"
                + " alice_note\">"), junit);
        assertTrue(junit.contains("<testcase name=\"not verified: bob edits: not run, because fixture bob_note cannot be"
                + " inserted\""), junit);
        assertTrue(junit.contains("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\""), junit);
    }

    @Test
    void theMatrixIsATableInTheConsoleJsonAndMarkdown() {
        Report report = result().report(ReportPolicy.DEFAULT);
        List<String> console = new ConsoleWriter().lines(report).stream().map(ConsoleWriter.Line::text).toList();

        assertEquals(List.of("FAILED: anon reads no notes", "passed: alice reads her notes",
                "To pin the RLS matrix, so any change fails the build, add to " + FILE + ":", "  matrix:",
                "    expect:", "      public.notes:",
                "        anon: {select: 1, insert: denied, update: denied, delete: denied}",
                "RLS matrix (API roles without claims):",
                "  table         role  select  insert  update  delete",
                "  ------------  ----  ------  ------  ------  ------",
                "  public.notes  anon  1       denied  denied  denied"), console.subList(0, 11));
        String json = new JsonWriter().render(report).replaceAll("\\s+", "");
        assertTrue(json.contains("\"tables\":[{\"title\":\"RLSmatrix(APIroleswithoutclaims)\",\"header\":[\"table\","
                + "\"role\",\"select\",\"insert\",\"update\",\"delete\"],\"rows\":[[\"public.notes\",\"anon\",\"1\","
                + "\"denied\",\"denied\",\"denied\"]]}]"), json);
        assertTrue(new MarkdownWriter().render(report).contains("| table | role | select | insert | update | delete |\n"
                + "| --- | --- | --- | --- | --- | --- |\n| public.notes | anon | 1 | denied | denied | denied |\n"));
    }

    @Test
    void theHtmlPageListsTheChecksInOneSectionAndTheMatrixAsATable() {
        String html = new dev.schemaverify.report.HtmlWriter().render(result().report(ReportPolicy.DEFAULT));
        assertTrue(html.contains("<h2>access checks</h2>"), html);
        assertTrue(html.contains("<summary>alice reads her notes — checked, no findings</summary>"), html);
        assertTrue(html.contains("<h2>RLS matrix (API roles without claims)</h2>"), html);
        assertTrue(html.contains(">public.notes</td>"), html);
    }

    @Test
    void theRunnersCodesAreDeclared() {
        for (String code : List.of(dev.schemaverify.access.AccessTestRunner.FAILED,
                dev.schemaverify.access.AccessTestRunner.ERROR, dev.schemaverify.access.AccessTestRunner.REFUSED,
                "access-matrix-changed", "invalid-access-test")) {
            assertTrue(dev.schemaverify.model.FindingCodes.isDeclared(code), code);
        }
    }

    @Test
    void aCleanRunSaysHowManyChecksPassed() {
        AccessTestResult clean = new AccessTestResult(FILE, "shadow database (PostgreSQL 17, 1 migration)",
                List.of("alice reads her notes"), List.of(), List.of(), List.of("passed: alice reads her notes"),
                List.of(), List.of(), false);
        Report report = clean.report(ReportPolicy.DEFAULT);
        assertEquals(List.of("passed: alice reads her notes", "Access tests passed: 1 check of " + FILE
                + " on shadow database (PostgreSQL 17, 1 migration)."),
                new ConsoleWriter().lines(report).stream().map(ConsoleWriter.Line::text).toList());
        assertEquals(List.of(), report.tables());
    }
}
