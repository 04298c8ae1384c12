package dev.schemaverify.api;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.preflight.ReadinessCheck;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a target is ready for a deploy: one row per check (connectivity, server version, login, migrations,
 * extensions, sessions, drift), each with what it measured and its findings. It renders as the readiness
 * table on the console and, through the report writers, one JUnit test case per check.
 *
 * @param database the target's URL without password
 * @param source the migrations' description
 * @param checks the checks in the order they ran
 * @param notVerified what could not be checked, one line each (a skipped check, a migration whose tables are
 *     not known)
 * @param notes how the checks were made, where a user would ask
 */
public record PreflightResult(String database, String source, List<ReadinessCheck> checks, List<String> notVerified,
        List<String> notes) implements GoalResult {
    public PreflightResult {
        Objects.requireNonNull(database, "database");
        checks = List.copyOf(checks);
        notVerified = List.copyOf(notVerified);
        notes = List.copyOf(notes);
    }

    /** The check named {@code name}, e.g. {@code sessions}. */
    public ReadinessCheck check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preflight check " + name));
    }

    @Override
    public Report report(ReportPolicy policy) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        checks.forEach(check -> diagnostics.addAll(check.diagnostics()));
        List<String> checked = checks.stream().map(ReadinessCheck::group).toList();
        Report applied = policy.apply(Report.of("preflight", "readiness of " + database + " for " + source,
                "Not ready to deploy to " + database, "Ready to deploy to " + database + ": " + checks.size()
                        + " checks, no findings.",
                "Fix what the readiness table marks FAIL before deploying, or set"
                        + " -Dschema-verify.failWhenNotReady=false to only report.",
                checked, notVerified, List.of(), diagnostics));
        // The heading over the findings follows the verdict: warnings alone do not make a target unready.
        String heading = applied.failed() ? "Not ready to deploy to " + database
                : "Ready to deploy to " + database + ", with findings to read";
        return new Report(applied.goal(), applied.title(), heading, applied.cleanHeading(),
                applied.advice(), applied.checked(), applied.notVerified(), table(applied), applied.diagnostics(),
                applied.baselined(), applied.failOn());
    }

    /** The readiness table, outcomes after the configured severities and baseline, then the verdict. */
    private List<String> table(Report applied) {
        List<Diagnostic> counting = applied.active();
        int width = Math.max("check".length(), checks.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        List<String> lines = new ArrayList<>();
        lines.add("schema-verify: preflight of " + database + " (" + source + ")");
        lines.add("  " + pad("check", width) + "  " + pad("result", 7) + "  detail");
        int failing = 0;
        for (ReadinessCheck check : checks) {
            ReadinessCheck.Outcome outcome = check.outcome(counting);
            if (applied.diagnostics().stream().anyMatch(d -> d.group().equals(check.group()) && applied.fails(d))) {
                failing++;
            }
            lines.add("  " + pad(check.name(), width) + "  " + pad(outcome.label(), 7) + "  " + check.detail());
        }
        notes.forEach(note -> lines.add("  note: " + note));
        lines.add(applied.failed() ? "schema-verify: NOT READY: " + failing + " of " + checks.size() + " checks fail"
                : "schema-verify: ready" + (failing > 0 ? " (failures are only reported)" : ""));
        return lines;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
