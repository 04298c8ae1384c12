package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * A migration renames a table (or moves it to another schema) that existed before it; observed as the
 * same relation under a new name. Clients using the old name fail until they are deployed again; keep a
 * view with the old name for the transition.
 */
public final class RenameTable implements StatementRule {
    @Override
    public String id() {
        return "rename-table";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        return statement.renamed().stream()
                .filter(r -> r.before().kind().equals("table") || r.before().kind().equals("view"))
                .map(r -> new Hit(r.before().kind(), r.before().name(), statement.verb() + " renames "
                        + r.before().kind() + " " + r.before().name() + " to " + r.after()
                        + "; clients using the old name fail"))
                .toList();
    }
}
