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
 */
public record LintResult(String source, String database, List<Diagnostic> diagnostics, List<String> checked,
        List<String> notVerified, int statements, Duration elapsed) implements GoalResult {
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
        preamble.add("schema-verify: linted " + source + " on " + database + ": " + Report.plural(statements, "statement") + " observed"
                + " in " + elapsed.toMillis() + " ms");
        String title = source + " on " + database;
        return policy.apply(Report.of("lint", title, "Lint findings in " + source,
                "No lint findings in " + source + ".",
                "Fix the statements named, excuse one with -- schema-verify:ignore <rule-id> <reason>, or set a"
                        + " rule's level with -Dschema-verify.severities=<rule-id>=warning (each rule's help is in the"
                        + " HTML and SARIF reports).",
                checked, notVerified, preamble, diagnostics));
    }
}
