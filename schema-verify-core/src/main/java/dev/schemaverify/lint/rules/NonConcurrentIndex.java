package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * An index on a table that existed before the migration was built or dropped without
 * {@code CONCURRENTLY}.
 *
 * <p>{@code CREATE INDEX} takes a {@code SHARE} lock on the table for the whole build: reads go on,
 * every write waits. {@code DROP INDEX} takes {@code ACCESS EXCLUSIVE} on the table. Observed: a new index
 * of an existing table appears among the statement's locked relations, or an existing index disappears.
 * Indexes that {@code ADD PRIMARY KEY} or {@code ADD UNIQUE} build are reported too (use {@code CREATE
 * UNIQUE INDEX CONCURRENTLY}, then {@code ADD CONSTRAINT ... USING INDEX}). Indexes a table rewrite
 * rebuilds are part of the {@code table-rewrite} finding and not reported again.
 *
 * <p>Fix: {@code CREATE INDEX CONCURRENTLY} / {@code DROP INDEX CONCURRENTLY}, alone in its migration
 * (they cannot run in a transaction).
 */
public final class NonConcurrentIndex implements StatementRule {
    @Override
    public String id() {
        return "non-concurrent-index";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        return statement.indexes().stream()
                .filter(index -> index.built() || !statement.startsWith("drop table"))
                .filter(index -> !statement.rewritten().contains(index.table()))
                .map(index -> new Hit("index", index.index(), statement.verb() + (index.built() ? " builds index "
                        : " drops index ") + index.index() + " of " + index.table() + " without CONCURRENTLY, "
                        + (index.built() ? "blocking writes to it" : "blocking all access to it")))
                .toList();
    }
}
