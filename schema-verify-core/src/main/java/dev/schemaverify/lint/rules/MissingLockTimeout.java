package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.MigrationRule;
import dev.schemaverify.lint.ObservedMigration;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.model.Severity;
import java.util.List;

/**
 * A migration takes a lock that blocks writes ({@code SHARE} or stronger) on a table that existed before
 * it, while the session's {@code lock_timeout} is 0 (wait forever).
 *
 * <p>Waiting for a lock is the danger: a migration's {@code ALTER TABLE} that waits behind one long
 * report query makes every later query on that table wait behind the {@code ALTER TABLE}, and the
 * application stalls. The setting is read on the shadow database when the statement runs, so a
 * {@code SET lock_timeout = '5s'} earlier in the migration, or one configured for the database or role,
 * counts. Reported once per migration, at its first such statement. A warning by default.
 */
public final class MissingLockTimeout implements MigrationRule {
    @Override
    public String id() {
        return "missing-lock-timeout";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(ObservedMigration migration) {
        for (ObservedStatement statement : migration.statements()) {
            for (ObservedStatement.Lock lock : statement.locks()) {
                if (lock.blocksWrites() && lock.relation().kind().equals("table")
                        && statement.lockTimeout().matches("0(ms|s)?")) {
                    return List.of(new Hit(new dev.schemaverify.model.Diagnostic.Subject("table",
                            lock.relation().name()), statement.verb() + " waits to take " + lock.mode() + " on "
                            + lock.relation().name() + " with lock_timeout 0; SET lock_timeout first",
                            statement.location()));
                }
            }
        }
        return List.of();
    }
}
