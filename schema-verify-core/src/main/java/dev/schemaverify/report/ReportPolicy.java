package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the configuration says about findings, applied in one place for every goal: the severity of each
 * code (or {@code off}), the baseline of accepted findings and the severity that fails the build.
 *
 * @param severities configured severities; {@link Severities#NONE} keeps each check's own
 * @param baseline accepted findings; {@link Baseline#NONE} accepts none
 * @param failOn lowest severity that fails, or {@code null} to never fail (report only)
 */
public record ReportPolicy(Severities severities, Baseline baseline, Severity failOn) {
    /** Each check's own severities, no baseline, failing on errors. */
    public static final ReportPolicy DEFAULT = new ReportPolicy(Severities.NONE, Baseline.NONE, Severity.ERROR);

    public ReportPolicy {
        severities = severities == null ? Severities.NONE : severities;
        baseline = baseline == null ? Baseline.NONE : baseline;
    }

    /** The report as configured: severities applied ({@code off} dropped), baseline marked, threshold set. */
    public Report apply(Report report) {
        List<Diagnostic> kept = new ArrayList<>();
        Set<String> accepted = new TreeSet<>();
        for (Diagnostic diagnostic : report.diagnostics()) {
            severities.apply(diagnostic).ifPresent(configured -> {
                kept.add(configured);
                if (baseline.accepts(report.goal(), configured)) {
                    accepted.add(configured.fingerprint());
                }
            });
        }
        return report.with(kept, accepted, failOn);
    }

}
