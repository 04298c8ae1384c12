package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * Two indexes of one table have the same definition (columns or expressions, operator classes,
 * collations, sort order ({@code DESC}, {@code NULLS FIRST}), predicate, uniqueness, access method). The newer one only costs disk and write time.
 * A warning by default.
 */
public final class DuplicateIndex implements CatalogRule {
    @Override
    public String id() {
        return "duplicate-index";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "duplicate_index", row -> new Hit("index", row.getString("index_name"),
                "index " + row.getString("index_name") + " of " + row.getString("table_name") + " duplicates "
                        + row.getString("duplicate_of")));
    }
}
