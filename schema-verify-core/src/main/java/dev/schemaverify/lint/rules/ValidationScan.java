package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import java.util.List;

/**
 * An {@code ALTER TABLE} scanned a table that existed before the migration to validate what it added,
 * while holding its lock: observed as a sequential scan in {@code pg_stat_xact_user_tables}.
 *
 * <p>{@code ADD CONSTRAINT ... CHECK} or {@code FOREIGN KEY} without {@code NOT VALID} reads every row
 * under the statement's lock ({@code ACCESS EXCLUSIVE} for a check, {@code SHARE ROW EXCLUSIVE} for a
 * foreign key, whose check joins the referenced table); {@code SET NOT NULL} scans unless a validated
 * {@code CHECK (col IS NOT NULL)} already proves it (PostgreSQL 12 and later). A statement that rewrites
 * the table is reported as {@code table-rewrite} instead; the scan of an index build ({@code ADD UNIQUE},
 * {@code ADD PRIMARY KEY}) as {@code non-concurrent-index}, and the emptiness check of a {@code NOT NULL}
 * column added without a default as {@code not-null-without-default}.
 *
 * <p>Fix: {@code ADD CONSTRAINT ... NOT VALID}, then {@code ALTER TABLE ... VALIDATE CONSTRAINT} in a later
 * migration: validation takes only {@code SHARE UPDATE EXCLUSIVE}, which lets reads and writes go on.
 */
public final class ValidationScan implements StatementRule {
    @Override
    public String id() {
        return "validation-scan";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        if (!statement.startsWith("alter table") || statement.words().contains(" validate constraint ")) {
            return List.of();
        }
        return statement.scanned().stream()
                .filter(table -> !statement.rewritten().contains(table))
                .filter(table -> statement.indexes().stream().noneMatch(i -> i.built() && i.table().equals(table)))
                .filter(table -> statement.columns().stream().noneMatch(c -> c.table().equals(table)
                        && c.kind() == ObservedStatement.ColumnChange.Kind.ADDED_NOT_NULL_WITHOUT_DEFAULT))
                .map(table -> new Hit("table", table, statement.verb() + " scans " + table
                        + " to validate under its lock; add the constraint NOT VALID and VALIDATE it separately"))
                .toList();
    }
}
