package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * A migration drops a table (or materialized view) that existed before it, and with it its rows.
 *
 * <p>Observed: a relation the statement locked no longer exists afterwards. Clients still reading the
 * table fail as soon as the migration commits, and the data is gone unless a backup has it. Dropping a
 * table the same migration created is not reported.
 */
public final class DropTable implements StatementRule {
    @Override
    public String id() {
        return "drop-table";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        return statement.dropped().stream()
                .filter(r -> r.kind().equals("table") || r.kind().equals("materialized view"))
                .map(r -> new Hit(r.kind(), r.name(), statement.verb() + " drops " + r.kind() + " " + r.name()
                        + " and its rows"))
                .toList();
    }
}
