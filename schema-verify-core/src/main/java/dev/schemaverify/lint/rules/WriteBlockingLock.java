package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import dev.schemaverify.model.Severity;
import java.util.List;

/**
 * A statement takes a {@code SHARE}, {@code SHARE ROW EXCLUSIVE} or {@code EXCLUSIVE} lock on a table
 * that existed before the migration: reads go on, writes wait until the migration commits.
 *
 * <p>Adding a foreign key takes {@code SHARE ROW EXCLUSIVE} on both the referencing and the referenced
 * table, even with {@code NOT VALID}; {@code CREATE TRIGGER} takes it too. A non-concurrent
 * {@code CREATE INDEX} takes {@code SHARE}, reported by {@code non-concurrent-index} instead. A warning by
 * default: the lock is often short, but it queues behind any long transaction on the table. A
 * {@code CREATE TABLE} whose foreign key references an existing table is not reported (the new table is
 * empty, the lock lasts an instant); {@code missing-lock-timeout} still applies to it.
 */
public final class WriteBlockingLock implements StatementRule {
    @Override
    public String id() {
        return "write-blocking-lock";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        if (statement.startsWith("create table") || statement.startsWith("create index")
                || statement.startsWith("create unique index")) {
            return List.of();
        }
        return statement.locks().stream()
                .filter(lock -> lock.blocksWrites() && !lock.mode().equals("ACCESS EXCLUSIVE")
                        && lock.relation().kind().equals("table"))
                .map(lock -> new Hit("table", lock.relation().name(), statement.verb() + " takes a " + lock.mode()
                        + " lock on " + lock.relation().name() + ": writes to it wait until the migration commits"))
                .toList();
    }
}
