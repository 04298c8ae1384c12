package dev.schemaverify.lint;

import java.sql.Connection;
import java.util.List;

/**
 * A rule on the catalog of the migrated shadow database (security, slow schemas); it runs one bulk
 * query ({@code .sql} resource) over every object of its kind, never one per table.
 */
public non-sealed interface CatalogRule extends LintRule {
    List<Hit> check(Connection connection, LintOptions options);
}
