package dev.schemaverify.lint;

import java.util.List;

/** A rule on one migration as a whole: its statements together, or its schema before and after. */
public non-sealed interface MigrationRule extends LintRule {
    List<Hit> check(ObservedMigration migration);
}
