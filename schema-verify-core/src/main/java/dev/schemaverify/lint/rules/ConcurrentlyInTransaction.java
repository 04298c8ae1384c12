package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.MigrationRule;
import dev.schemaverify.lint.ObservedMigration;
import dev.schemaverify.lint.ObservedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code CONCURRENTLY} statement inside a transaction block, or sharing its migration with other
 * statements.
 *
 * <p>PostgreSQL refuses {@code CREATE INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY} and
 * {@code REINDEX ... CONCURRENTLY} inside a transaction block (SQLSTATE 25001); the linter reports the
 * refusal at the statement instead of failing (an explicit {@code BEGIN} in the file, or a Liquibase
 * changeset without {@code runInTransaction="false"}). A migration holding such a statement runs without a
 * transaction, so when it holds other statements too, a failure half-way leaves the earlier ones applied
 * (and a failed concurrent build leaves an invalid index behind): give each {@code CONCURRENTLY} statement
 * a migration of its own.
 */
public final class ConcurrentlyInTransaction implements MigrationRule {
    @Override
    public String id() {
        return "concurrently-in-transaction";
    }

    @Override
    public List<Hit> check(ObservedMigration migration) {
        List<Hit> hits = new ArrayList<>();
        List<ObservedStatement> statements = migration.statements().stream()
                .filter(s -> !s.words().matches("(set|reset|begin|commit|end)\\b.*")).toList();
        for (ObservedStatement statement : statements) {
            if (statement.words().matches("(create (unique )?index|drop index|reindex)\\b.* concurrently\\b.*")
                    || statement.words().matches("(create (unique )?index|drop index) concurrently\\b.*")) {
                if (statements.size() > 1 && !migration.transactional()) {
                    hits.add(new Hit(new dev.schemaverify.model.Diagnostic.Subject("migration", migration.location()),
                            statement.verb() + " CONCURRENTLY shares its migration with " + (statements.size() - 1)
                                    + " other statement(s), which therefore run without a transaction; give it a"
                                    + " migration of its own", statement.location()));
                }
            }
        }
        return hits;
    }
}
