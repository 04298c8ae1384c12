package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.rollback.MigrationCheck;
import dev.schemaverify.rollback.MigrationCheck.Outcome;
import dev.schemaverify.rollback.RollbackFinding;
import dev.schemaverify.rollback.RollbackReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of a rollback check.
 *
 * @param database where the migrations ran, e.g. {@code shadow database (PostgreSQL 17)}
 * @param report each migration's outcome, timings and findings
 * @param scope why only some migrations were checked (e.g. those a target has not applied), or {@code null}
 */
public record RollbackCheckResult(String database, RollbackReport report, String scope,
        List<MigrationProblem> unread) implements GoalResult {
    /** The codes of the folder's problems that mean a file was not read, so its rollback was not checked. */
    private static final Set<String> UNREAD = Set.of("unread-folder", "unread-file", "unparseable-name");

    public RollbackCheckResult {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(report, "report");
        unread = unread == null ? List.of() : List.copyOf(unread);
    }

    public RollbackCheckResult(String database, RollbackReport report, String scope) {
        this(database, report, scope, List.of());
    }

    public RollbackCheckResult(String database, RollbackReport report) {
        this(database, report, null);
    }

    /**
     * The problems of a migration source that leave files unread (a sub-folder with {@code recursive=false}, a
     * stray file in a migration folder, a name no layout reads): the check says so rather than passing as
     * if it had seen them. The other hygiene problems are {@code status}'s to report.
     */
    public static List<MigrationProblem> unread(List<MigrationProblem> problems) {
        return problems.stream().filter(problem -> UNREAD.contains(problem.code())).toList();
    }

    /** Whether every checked migration's rollback reverted it exactly. */
    public boolean passed() {
        return report.passed();
    }

    /**
     * The check as a report: each migration is a checked object; the console shows each one's timing first
     * (timings stay out of the files, so they are the same on every run).
     */
    @Override
    public Report report(ReportPolicy policy) {
        List<String> preamble = new ArrayList<>();
        if (scope != null) {
            preamble.add("schema-verify: " + scope);
        }
        preamble.add("Rollback check of " + report.source() + " on " + database + ":");
        List<String> checked = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        MigrationCheck firstFailed = null;
        for (MigrationCheck check : report.migrations()) {
            preamble.add("  " + check.version() + " " + check.description() + ": " + progress(check));
            String group = "migration " + check.version() + " " + check.description();
            if (check.outcome() == Outcome.PASSED || check.outcome() == Outcome.FAILED) {
                checked.add(group);
            } else {
                // Skipped, applied only or never reached: its rollback was not checked, and a report must not
                // show it as passed (JUnit lists it as a skipped test case).
                notChecked.add(group + ": " + check.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (check.note() == null ? "" : ": " + check.note()));
            }
            for (RollbackFinding finding : check.findings()) {
                diagnostics.add(new Diagnostic(finding.code(), finding.severity(),
                        new Diagnostic.Subject("migration", check.version()), group, finding.message(),
                        SourceRef.parse(finding.location())));
            }
            if (check.outcome() == Outcome.FAILED && firstFailed == null) {
                firstFailed = check;
            }
        }
        unread.forEach(problem -> diagnostics.add(problem.toDiagnostic()));
        preamble.add("  total " + millis(report.total()));
        String counts = report.count(Outcome.PASSED) + " passed, " + report.count(Outcome.FAILED) + " failed, "
                + report.count(Outcome.SKIPPED) + " skipped, " + report.count(Outcome.APPLIED) + " applied only, "
                + report.count(Outcome.NOT_REACHED) + " never reached";
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count()
                + unread.stream().filter(p -> p.severity() == Severity.WARNING).count();
        String warned = warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")";
        long failed = report.count(Outcome.FAILED);
        String advice = firstFailed == null ? null : "Fix the rollback" + (failed == 1 ? "" : "s of the " + failed
                + " failed migrations, the first") + " of migration " + firstFailed.version() + " (up "
                + firstFailed.location() + ", down " + (firstFailed.rollbackLocation() == null ? "none"
                        : firstFailed.rollbackLocation()) + ").";
        int total = report.migrations().size();
        return policy.apply(Report.of("rollback-check", report.source() + " on " + database,
                // the counts of errors and warnings follow this heading; with warnings only, nothing failed
                (failed > 0 ? "Rollback check failed: " : "Rollback check, with findings: ")
                        + Report.plural(total, "migration") + ": " + counts,
                "Rollback check passed: " + Report.plural(total, "migration") + ": " + counts + warned + ", in "
                        + millis(report.total()) + ".", advice, checked, notChecked, preamble, diagnostics));
    }

    private static String progress(MigrationCheck check) {
        MigrationCheck.Timings t = check.timings();
        return switch (check.outcome()) {
            case PASSED, FAILED -> check.outcome().name().toLowerCase(Locale.ROOT) + " in " + millis(t.total())
                    + " (up " + millis(t.up()) + ", down " + millis(t.down()) + ", up again " + millis(t.reapply())
                    + ", inspect " + millis(t.inspect()) + ")";
            case NOT_REACHED -> "not reached: " + check.note();
            case SKIPPED, APPLIED -> check.outcome().name().toLowerCase(Locale.ROOT) + " in " + millis(t.up())
                    + ": " + check.note();
        };
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
