package dev.schemaverify.lint;

import java.util.List;

/** A rule on the text of a file (a migration, the contract, {@code pom.xml}): secrets. */
public non-sealed interface SourceRule extends LintRule {
    /** The hits in {@code text} of {@code file}, each with its location. */
    List<Hit> check(String file, String text);
}
