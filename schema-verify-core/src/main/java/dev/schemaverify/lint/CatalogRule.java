package dev.schemaverify.lint;

import java.sql.Connection;
import java.util.List;

/**
 * A rule on the catalog of the migrated shadow database (security, slow schemas); it runs one bulk
 * query ({@code .sql} resource) over every object of its kind, never one per table.
 */
public non-sealed interface CatalogRule extends LintRule {
    List<Hit> check(Connection connection, LintOptions options);

    /**
     * Why the rule cannot run with {@code options} (a setting it needs is not given), or {@code null}
     * when it runs. The linter then reports it as not checked, with this reason, rather than passing.
     */
    default String notCheckedReason(LintOptions options) {
        return null;
    }
}
