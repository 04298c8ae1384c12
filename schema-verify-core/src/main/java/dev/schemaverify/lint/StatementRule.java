package dev.schemaverify.lint;

import java.util.List;

/** A rule on what one statement did on the shadow database (hazards, data loss). */
public non-sealed interface StatementRule extends LintRule {
    List<Hit> check(ObservedStatement statement);
}
