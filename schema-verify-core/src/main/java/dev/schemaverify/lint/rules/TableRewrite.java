package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * A statement rewrote a table that existed before the migration: PostgreSQL copied every row into a new
 * file, observed as a changed {@code pg_class.relfilenode}.
 *
 * <p>A rewrite holds {@code ACCESS EXCLUSIVE} for as long as copying the table and rebuilding its indexes
 * takes: minutes on a large table. Typical causes: {@code ALTER COLUMN ... TYPE} to a type that is not
 * binary-compatible ({@code integer} to {@code bigint}, {@code varchar} to {@code integer}), {@code ADD
 * COLUMN} with a volatile default ({@code DEFAULT random()}, {@code clock_timestamp()}), {@code SET
 * LOGGED/UNLOGGED}, {@code VACUUM FULL}, {@code CLUSTER}. Widening {@code varchar(n)} or changing it to
 * {@code text}, and {@code ADD COLUMN} with a constant default (PostgreSQL 11 and later), do not rewrite and
 * are not reported. {@code TRUNCATE} also gives the table a new file; {@code delete-all-rows} reports it.
 *
 * <p>Fix: add a new column, backfill it in batches, and switch over; or accept the rewrite in a
 * maintenance window and excuse the statement inline with the reason.
 */
public final class TableRewrite implements StatementRule {
    @Override
    public String id() {
        return "table-rewrite";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        if (statement.startsWith("truncate")) {
            return List.of();
        }
        return statement.rewritten().stream()
                .map(table -> new Hit("table", table, statement.verb() + " rewrites " + table
                        + " under an ACCESS EXCLUSIVE lock"))
                .toList();
    }
}
