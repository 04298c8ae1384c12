package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.ObservedStatement.ColumnChange;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * A migration drops a column of a table that existed before it. Its values are gone, and running
 * clients that still select or insert the column fail as soon as the migration commits. Deploy the
 * application that no longer uses it first, then drop it in a later migration.
 */
public final class DropColumn implements StatementRule {
    @Override
    public String id() {
        return "drop-column";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        return statement.columns().stream().filter(c -> c.kind() == ColumnChange.Kind.DROPPED)
                .map(c -> new Hit("column", c.table() + "." + c.column(), statement.verb() + " drops column "
                        + c.table() + "." + c.column() + " (" + c.before() + ") and its values"))
                .toList();
    }
}
