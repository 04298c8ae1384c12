package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.ObservedStatement.ColumnChange;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * A migration adds a {@code NOT NULL} column without a default (nor identity, nor generated) to a table
 * that existed before it. The shadow database's tables are empty, so the migration passes there; on any
 * database whose table has a row it fails with "column contains null values". Add a default, or add
 * the column nullable, backfill it, then {@code SET NOT NULL} after a validated check.
 */
public final class NotNullWithoutDefault implements StatementRule {
    @Override
    public String id() {
        return "not-null-without-default";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        return statement.columns().stream().filter(c -> c.kind() == ColumnChange.Kind.ADDED_NOT_NULL_WITHOUT_DEFAULT)
                .map(c -> new Hit("column", c.table() + "." + c.column(), statement.verb() + " adds NOT NULL column "
                        + c.table() + "." + c.column() + " without a default: it fails on a table with rows"))
                .toList();
    }
}
