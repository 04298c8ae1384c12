package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severities, baseline and failOn: the one decision to fail, as every goal and the start-up guard make it. */
class PolicyTest {
    @TempDir
    Path dir;

    private static List<String> lines(Report report) {
        return report.diagnostics().stream().map(Diagnostic::line).toList();
    }

    @Test
    void contractSeveritiesApplyAndThePomOverridesThem() {
        // the contract says changed-extension: warning; the pom makes unexpected-* a warning, column drift info
        Report report = SampleReports.drifted().report(new ReportPolicy(
                Severities.parse(List.of("unexpected-*=warning", "changed-column=info,missing-column: off"), "pom"),
                Baseline.NONE, Severity.ERROR));
        assertEquals(List.of(
                SampleReports.CONTRACT + ":5:3: warning [changed-extension] extension pgcrypto: version expected '1.3', found '1.2'",
                SampleReports.CONTRACT + ":44:7: error [changed-function] function public.set_updated_at(): body differs at"
                        + " line 2: expected 'NEW.updated_at := now();', found 'IF NEW.a <> OLD.a & true THEN NEW.updated_at"
                        + " := now(); END IF;'",
                "warning [unexpected-table] table public.audit_log is not in the contract",
                SampleReports.CONTRACT + ":37:11: error [missing-index] index public.notes.notes_body_idx is missing",
                SampleReports.CONTRACT + ":17:11: info [changed-column] column public.profiles.display_name: type expected"
                        + " 'character varying(100)', found 'character varying(80)'"), lines(report));
        assertTrue(report.failed());
    }

    @Test
    void anExactCodeWinsOverAPrefixAndALongerPrefixOverAShorterOne() {
        Severities severities = Severities.parse(List.of("*=info", "changed-*=warning", "changed-column=error"), "pom");
        Report report = SampleReports.drifted().report(new ReportPolicy(severities, Baseline.NONE, Severity.ERROR));
        assertEquals(List.of("warning changed-extension", "warning changed-function", "info unexpected-table",
                "info missing-index", "error changed-column", "info missing-column"),
                report.diagnostics().stream().map(d -> d.severity().label() + " " + d.code()).toList());
    }

    @Test
    void failOnMeansWhatItSays() {
        Severities warnings = Severities.parse(List.of("*=warning"), "pom");
        assertFalse(SampleReports.drifted().report(new ReportPolicy(warnings, Baseline.NONE, Severity.ERROR)).failed());
        assertTrue(SampleReports.drifted().report(new ReportPolicy(warnings, Baseline.NONE, Severity.WARNING)).failed());
        // the contract's exact changed-extension: warning is more specific than the pom's *
        Severities infos = Severities.parse(List.of("*=info"), "pom");
        assertTrue(SampleReports.drifted().report(new ReportPolicy(infos, Baseline.NONE, Severity.WARNING)).failed());
        Severities allInfo = Severities.parse(List.of("*=info", "changed-extension=info"), "pom");
        assertFalse(SampleReports.drifted().report(new ReportPolicy(allInfo, Baseline.NONE, Severity.WARNING)).failed());
        assertTrue(SampleReports.drifted().report(new ReportPolicy(infos, Baseline.NONE, Severity.INFO)).failed());
        assertFalse(SampleReports.drifted().report(new ReportPolicy(Severities.NONE, Baseline.NONE, null)).failed(),
                "no threshold: report only");
    }

    @Test
    void failureMessageCountsLikeTheSummary() {
        Report report = SampleReports.report();
        assertEquals("schema-verify: verify failed: 4 findings at or above error (4 errors, 1 warning, 1 in baseline);"
                + " see the list above or target/schema-verify/verify.html. Fix the schema or the contract "
                + SampleReports.CONTRACT + ".", report.failureMessage("target/schema-verify/verify.html"));
    }

    @Test
    void baselineAcceptsWrittenFindingsOnlyAndKeepsOtherGoals() throws Exception {
        Path file = dir.resolve("baseline.txt");
        Files.writeString(file, "status 0123456789abcdef missing-rollback migration V3__x.sql\n");
        Report all = SampleReports.drifted().report(ReportPolicy.DEFAULT);
        assertEquals(6, Baseline.write(file, all));
        Baseline baseline = Baseline.read(file, "baseline.txt");
        assertTrue(baseline.entries().contains("status 0123456789abcdef"), "other goals' lines stay");
        Report accepted = SampleReports.drifted().report(new ReportPolicy(Severities.NONE, baseline, Severity.ERROR));
        assertFalse(accepted.failed());
        assertEquals(6, accepted.baselineCount());
        assertEquals("0 errors, 0 warnings, 6 in baseline", accepted.counts());
        // a finding the baseline does not list still fails
        Report drift = new dev.schemaverify.api.VerifyResult(SampleReports.CONTRACT, "db", List.of(
                new dev.schemaverify.diff.Finding.Missing("column", "public.profiles.timezone", Severity.ERROR, null)),
                List.of()).report(new ReportPolicy(Severities.NONE, baseline, Severity.ERROR));
        assertTrue(drift.failed());
    }

    @Test
    void fingerprintsIgnoreTheLineSoAlertsSurviveEditsElsewhere() {
        Diagnostic one = SampleReports.report().diagnostics().get(0);
        Diagnostic moved = one.withLocation(new dev.schemaverify.model.SourceRef(one.location().file(), 99, 1));
        assertEquals(one.fingerprint(), moved.fingerprint());
        assertTrue(one.fingerprint().matches("[0-9a-f]{16}"));
    }

    @Test
    void badConfigurationNamesWhatToWrite() {
        SchemaVerifyException level = assertThrows(SchemaVerifyException.class,
                () -> Severities.parse(List.of("missing-column=fatal"), "the severities parameter"));
        assertEquals("the severities parameter: 'fatal' is not a severity; use error, warning, info or off",
                level.getMessage());
        SchemaVerifyException entry = assertThrows(SchemaVerifyException.class,
                () -> Severities.parse(List.of("missing-column"), "the severities parameter"));
        assertEquals("the severities parameter: 'missing-column' is not code=level; write e.g."
                + " changed-extension=warning or unexpected-*=off", entry.getMessage());
        SchemaVerifyException format = assertThrows(SchemaVerifyException.class, () -> Reports.formats(List.of("json,pdf")));
        assertEquals("reports: unknown format 'pdf'; use any of console,json,junit,sarif,markdown,html (or all, none)",
                format.getMessage());
        assertEquals(Set.of("console", "markdown"), Reports.formats(List.of("Console, md")));
        assertEquals(Reports.all(), Reports.formats(List.of()));
        assertEquals(Set.of(), Reports.formats(List.of("none")));
    }

    @Test
    void stepSummaryIsAppended() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        Reports.appendStepSummary(SampleReports.report(), summary.toString());
        String text = Files.readString(summary);
        assertTrue(text.startsWith("earlier step\n### schema-verify verify: failed\n"), text);
        Reports.appendStepSummary(SampleReports.report(), null); // unset: nothing to do
    }
}
