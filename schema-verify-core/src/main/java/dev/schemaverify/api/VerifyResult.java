package dev.schemaverify.api;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Severity;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.report.Severities;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a verification.
 *
 * @param expected what was expected, e.g. the contract's path
 * @param actual what was inspected, e.g. {@code shadow database (embedded PostgreSQL 17, 7 migrations)}
 * @param findings every drift, sorted
 * @param notVerified objects the database has that the model cannot check yet
 * @param checked the contract's top-level objects that were compared, e.g. {@code table public.users}
 * @param contractSeverities the contract's {@code severities:} section, code or prefix to level
 */
public record VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified,
        List<String> checked, Map<String, String> contractSeverities) implements GoalResult {
    public VerifyResult {
        findings = List.copyOf(findings);
        notVerified = List.copyOf(notVerified);
        checked = List.copyOf(checked);
        contractSeverities = Map.copyOf(contractSeverities);
    }

    /** A result without the list of checked objects or contract severities. */
    public VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified) {
        this(expected, actual, findings, notVerified, List.of(), Map.of());
    }

    /** How many findings have exactly this severity, before any configured severities. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at or above {@code threshold}, before any configured severities. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
    }

    /** The drift as a report; the contract's severities apply under the policy's own. */
    @Override
    public Report report(ReportPolicy policy) {
        List<String> entries = new ArrayList<>();
        contractSeverities.forEach((code, level) -> entries.add(code + "=" + level));
        Severities severities = Severities.parse(entries, expected + " severities").and(policy.severities());
        Report report = Report.of("verify", actual + " against " + expected,
                "Schema drift: " + actual + " differs from " + expected,
                "No drift: " + actual + " matches " + expected + ".",
                "Fix the schema or the contract " + expected + ".",
                checked, notVerified.stream().map(NotVerified::toString).toList(), List.of(),
                findings.stream().map(Finding::toDiagnostic).toList());
        return new ReportPolicy(severities, policy.baseline(), policy.failOn()).apply(report);
    }
}
