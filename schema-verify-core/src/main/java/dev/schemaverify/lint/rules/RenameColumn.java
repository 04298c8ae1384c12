package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.ObservedStatement.ColumnChange;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * A migration renames a column of an existing table (observed: the same column number has a new name).
 * Clients deployed before the migration use the old name and fail. Add the new column, write both, and
 * drop the old one once no client uses it; or expose the old name through a view.
 */
public final class RenameColumn implements StatementRule {
    @Override
    public String id() {
        return "rename-column";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        return statement.columns().stream().filter(c -> c.kind() == ColumnChange.Kind.RENAMED)
                .map(c -> new Hit("column", c.table() + "." + c.before(), statement.verb() + " renames column "
                        + c.table() + "." + c.before() + " to " + c.after() + "; clients using the old name fail"))
                .toList();
    }
}
