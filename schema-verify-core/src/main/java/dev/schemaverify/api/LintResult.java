package dev.schemaverify.api;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What lint found: each finding at its statement's file, line and column (excused ones as
 * {@code ignored-finding} with their reason), what was checked, and what could not be observed.
 *
 * @param source the migrations' description
 * @param database where they ran, e.g. {@code shadow database (PostgreSQL 17)}
 * @param diagnostics every finding
 * @param checked each migration and the migrated catalog
 * @param notVerified statements that could not be observed, with the reason
 * @param statements how many statements were observed
 * @param elapsed how long applying and observing the migrations took (console only)
 * @param target a pre-deploy lint's target and what it has applied, or {@code null} for a build-time lint
 */
public record LintResult(String source, String database, List<Diagnostic> diagnostics, List<String> checked,
        List<String> notVerified, int statements, Duration elapsed, Pending target) implements GoalResult {
    /**
     * What a pre-deploy lint found on its target.
     *
     * @param database the target's URL without password
     * @param history where its history was read, e.g. {@code public.schema_verify_history}
     * @param applied how many of the migrations it has applied (applied to the shadow without observation)
     * @param pending how many it has not (observed and linted for hazards)
     */
    public record Pending(String database, String history, int applied, int pending) {
        /** {@code 1 pending migration linted; 3 applied}. */
        public String summary() {
            return Report.plural(pending, "pending migration") + " linted; " + applied + " applied";
        }
    }

    /** A build-time lint's result. */
    public LintResult(String source, String database, List<Diagnostic> diagnostics, List<String> checked,
            List<String> notVerified, int statements, Duration elapsed) {
        this(source, database, diagnostics, checked, notVerified, statements, elapsed, null);
    }

    public LintResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(database, "database");
        diagnostics = List.copyOf(diagnostics);
        checked = List.copyOf(checked);
        notVerified = List.copyOf(notVerified);
    }

    @Override
    public Report report(ReportPolicy policy) {
        List<String> preamble = new ArrayList<>();
        String title = source + " on " + database;
        String clean = "No lint findings in " + source + ".";
        if (target == null) {
            preamble.add("schema-verify: linted " + source + " on " + database + ": " + Report.plural(statements, "statement")
                    + " observed in " + elapsed.toMillis() + " ms");
        } else {
            preamble.add("schema-verify: linted the migrations of " + source + " that " + target.database()
                    + " has not applied (history " + target.history() + "): " + target.summary() + "; "
                    + Report.plural(statements, "statement") + " observed on " + database + " in "
                    + elapsed.toMillis() + " ms");
            title = source + " pending on " + target.database();
            clean = "No lint findings in " + source + " for " + target.database() + ": " + target.summary() + ".";
        }
        return policy.apply(Report.of("lint", title, "Lint findings in " + source,
                clean,
                "Fix the statements named, excuse one with -- schema-verify:ignore <rule-id> <reason>, or set a"
                        + " rule's level with -Dschema-verify.severities=<rule-id>=warning (each rule's help is in the"
                        + " HTML and SARIF reports).",
                checked, notVerified, preamble, diagnostics));
    }
}
