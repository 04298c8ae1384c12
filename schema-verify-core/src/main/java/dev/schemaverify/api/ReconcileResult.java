package dev.schemaverify.api;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.reconcile.ReconcilePlan;
import dev.schemaverify.reconcile.ReconcileScript;
import dev.schemaverify.reconcile.ReconcileStep;
import dev.schemaverify.report.ReportFiles;
import java.nio.file.Path;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import java.util.List;

/**
 * The drift between two schemas and the plans that repair it.
 *
 * @param forward turns the actual schema into the expected one ({@code reconcile.sql})
 * @param backward turns the expected schema into the actual one ({@code reconcile-rollback.sql})
 * @param notVerified what either database has that the model does not cover, so neither compared nor
 *     reconciled: "0 differences" says nothing about these
 */
public record ReconcileResult(String expected, String actual, List<Finding> findings, ReconcilePlan forward,
        ReconcilePlan backward, List<NotVerified> notVerified) implements GoalResult {
    public ReconcileResult {
        findings = List.copyOf(findings);
        notVerified = notVerified == null ? List.of() : List.copyOf(notVerified);
    }

    public ReconcileResult(String expected, String actual, List<Finding> findings, ReconcilePlan forward,
            ReconcilePlan backward) {
        this(expected, actual, findings, forward, backward, List.of());
    }

    /** One script written: its file, how many steps, how many of them lose data, how many are manual. */
    public record Script(Path file, int steps, long destructive, int manual) {
    }

    /**
     * Writes {@code reconcile.sql} (actual to expected) and {@code reconcile-rollback.sql} (back) into
     * {@code directory}; destructive steps are commented out unless {@code allowDestructive}.
     */
    public List<Script> writeScripts(Path directory, boolean allowDestructive) {
        return List.of(script(directory.resolve("reconcile.sql"), forward, actual + " -> " + expected, allowDestructive),
                script(directory.resolve("reconcile-rollback.sql"), backward, expected + " -> " + actual,
                        allowDestructive));
    }

    private static Script script(Path file, ReconcilePlan plan, String title, boolean allowDestructive) {
        ReportFiles.write(file, ReconcileScript.render(plan, title, allowDestructive));
        return new Script(file, plan.steps().size(), plan.steps().stream().filter(ReconcileStep::destructive).count(),
                plan.manualSteps().size());
    }

    /**
     * The differences as a report. {@code diff} only describes and plans, so the policy's {@code failOn}
     * is ignored: it never fails the build.
     */
    @Override
    public Report report(ReportPolicy policy) {
        Report report = Report.of("diff", actual + " against " + expected,
                "Differences: " + actual + " differs from " + expected,
                "No differences: " + actual + " matches " + expected + ".", null, List.of(),
                notVerified.stream().map(NotVerified::toString).toList(), List.of(),
                findings.stream().map(Finding::toDiagnostic).toList());
        return new ReportPolicy(policy.severities(), policy.baseline(), null).apply(report);
    }
}
