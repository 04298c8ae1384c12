package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * A foreign key's columns are not the leading columns of any (non-partial) index of the referencing
 * table. PostgreSQL indexes the referenced side only; every delete or key update of a referenced row
 * then scans the referencing table, and joins along the key cannot use an index. A warning by default.
 */
public final class FkWithoutIndex implements CatalogRule {
    @Override
    public String id() {
        return "fk-without-index";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "fk_without_index", row -> new Hit("foreign key",
                row.getString("table_name") + "." + row.getString("conname"), "foreign key "
                        + row.getString("conname") + " of " + row.getString("table_name") + " (" + row.getString("columns")
                        + ") has no index starting with its columns"));
    }
}
