package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import dev.schemaverify.model.Severity;
import java.util.List;

/**
 * A statement takes an {@code ACCESS EXCLUSIVE} lock on a table that existed before the migration.
 *
 * <p>Observed, not guessed: after each statement the plugin reads {@code pg_locks} of its own backend on
 * the shadow database. {@code ACCESS EXCLUSIVE} conflicts with every other lock, plain {@code SELECT}s
 * included, so from that statement until the migration commits nobody can read or write the table, and
 * every query that arrives meanwhile queues behind it. Most {@code ALTER TABLE} forms take it (adding or
 * dropping a column, changing a type, renaming, {@code SET NOT NULL}, adding a {@code CHECK} or
 * {@code UNIQUE} constraint), as do {@code DROP TABLE}, {@code TRUNCATE}, {@code DROP INDEX} and
 * {@code REINDEX}. Tables created by the same migration are exempt.
 *
 * <p>Fix: keep such a statement in a short migration of its own, with {@code SET lock_timeout} first;
 * prefer forms with weaker locks ({@code ADD CONSTRAINT ... NOT VALID} then {@code VALIDATE CONSTRAINT},
 * which takes only {@code SHARE UPDATE EXCLUSIVE}; {@code CREATE INDEX CONCURRENTLY}).
 *
 * <p>A warning by default: a metadata-only change holds the lock for an instant. What makes it long is
 * reported as an error by the rules that see it: {@code table-rewrite} and {@code validation-scan}
 * (the work done under the lock), and {@code missing-lock-timeout} warns about waiting for it.
 */
public final class AccessExclusiveLock implements StatementRule {
    @Override
    public String id() {
        return "access-exclusive-lock";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        return statement.locks().stream()
                .filter(lock -> lock.mode().equals("ACCESS EXCLUSIVE") && lock.relation().kind().equals("table"))
                .map(lock -> new Hit("table", lock.relation().name(), statement.verb() + " takes an ACCESS EXCLUSIVE"
                        + " lock on " + lock.relation().name() + ": every read and write of it waits until the"
                        + " migration commits"))
                .toList();
    }
}
