package dev.schemaverify.lint;

import dev.schemaverify.model.FindingCodes;
import dev.schemaverify.model.Severity;

/**
 * One lint rule: its kebab-case id is what users write in {@code severities} (and
 * {@code -- schema-verify:ignore <id> <reason>}) and what reports show; its class's Javadoc is its
 * user documentation ({@code docs/lint-rules.md} is generated from it). The rule's one-line help is the
 * finding code's, declared in {@link FindingCodes}.
 */
public sealed interface LintRule permits StatementRule, MigrationRule, CatalogRule, SourceRule {
    /** The rule's id and finding code, e.g. {@code table-rewrite}. */
    String id();

    /** Its severity unless {@code severities} says otherwise. */
    default Severity severity() {
        return Severity.ERROR;
    }

    /** The one-line help of its finding code. */
    default String help() {
        return FindingCodes.of(id()).help();
    }
}
