package dev.schemaverify.lint;

import dev.schemaverify.model.Diagnostic;
import java.util.List;

/**
 * What lint found.
 *
 * @param diagnostics every finding, ignored ones as {@code ignored-finding} with their reason
 * @param checked the report groups checked: each migration, and the catalog objects rules looked at
 * @param notVerified what could not be observed, one line each with the reason
 * @param migrations how many migrations were applied and observed
 * @param statements how many statements were observed
 * @param observationQueries how many queries the observation ran
 */
public record LintOutcome(List<Diagnostic> diagnostics, List<String> checked, List<String> notVerified,
        int migrations, int statements, int observationQueries) {
    public LintOutcome {
        diagnostics = List.copyOf(diagnostics);
        checked = List.copyOf(checked);
        notVerified = List.copyOf(notVerified);
    }
}
