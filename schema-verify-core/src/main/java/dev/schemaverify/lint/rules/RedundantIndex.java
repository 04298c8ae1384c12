package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * A b-tree index's columns are a leading prefix of another index's on the same table ({@code (a)} beside
 * {@code (a, b)}), with the same operator classes, collations, sort order and predicate: every query the
 * shorter one serves, the longer one serves too, so it only costs disk and write time. The redundant one
 * is never an index that is unique or backs a constraint (it enforces something), nor one with
 * expressions or {@code INCLUDE} columns; an index of a partition is reported through its partitioned
 * table's index. Identical indexes are {@code duplicate-index}'s. A warning by
 * default.
 */
public final class RedundantIndex implements CatalogRule {
    @Override
    public String id() {
        return "redundant-index";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "redundant_index", row -> new Hit("index", row.getString("index_name"),
                "index " + row.getString("index_name") + " of " + row.getString("table_name")
                        + " is redundant: its columns are a leading prefix of " + row.getString("covered_by")));
    }
}
