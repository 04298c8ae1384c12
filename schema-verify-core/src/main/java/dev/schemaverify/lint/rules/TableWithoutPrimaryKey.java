package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * A table has no primary key. Logical replication cannot replicate its updates and deletes (without
 * {@code REPLICA IDENTITY FULL}), ORMs and PostgREST cannot address a row, and duplicates creep in.
 * Partitions (which share their parent's key) and extension tables are not reported. A warning by default.
 */
public final class TableWithoutPrimaryKey implements CatalogRule {
    @Override
    public String id() {
        return "table-without-primary-key";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "table_without_primary_key", row -> new Hit("table",
                row.getString("name"), "table " + row.getString("name") + " has no primary key"));
    }
}
