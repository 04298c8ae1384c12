package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * A migration drops a sequence that existed before it. Its current value is lost; a default or
 * application code still calling {@code nextval} on it fails. Sequences owned by a dropped table or
 * column go with it and are not reported separately.
 */
public final class DropSequence implements StatementRule {
    @Override
    public String id() {
        return "drop-sequence";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        if (statement.startsWith("drop table") || statement.startsWith("alter table")) {
            return List.of();
        }
        return statement.dropped().stream().filter(r -> r.kind().equals("sequence"))
                .map(r -> new Hit("sequence", r.name(), statement.verb() + " drops sequence " + r.name()))
                .toList();
    }
}
