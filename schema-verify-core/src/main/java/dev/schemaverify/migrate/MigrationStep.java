package dev.schemaverify.migrate;

import java.sql.Connection;

/**
 * One migration as the engines run it: a forward change, and its rollback when it has one. SQL folders
 * (every layout) and Liquibase changesets both come as steps, so {@code migrate}, {@code status} and
 * {@code rollback-check} work the same on either.
 *
 * <p>{@link #apply} and {@link #rollback} run statements only; the caller owns the transaction (and
 * runs a non-{@link #transactional()} step with autocommit on).
 */
public interface MigrationStep {
    /** The version as written ({@code 3}, {@code 1.1}, {@code 20240101120000}); for a repeatable, its name. */
    String version();

    /** A readable description, e.g. {@code create users}. */
    String description();

    /** Where the forward change lives, relative to the project: {@code src/main/resources/db/migration/V3__fk.sql}. */
    String location();

    /** Where its rollback lives, or {@code null} when it has none. */
    String rollbackLocation();

    /** A checksum of the forward change, stored in history so an edited migration is noticed. */
    String checksum();

    /** A repeatable migration re-applies whenever its checksum changes; it has no version order. */
    boolean repeatable();

    /** False when a statement cannot run in a transaction ({@code CREATE INDEX CONCURRENTLY}...). */
    boolean transactional();

    /** Runs the forward change; failures name the file, line and PostgreSQL's message. */
    void apply(Connection connection);

    /**
     * Runs the forward change with {@code observer} told about each statement. A step that cannot run its
     * statements one by one (a Liquibase changeset) reports itself as one statement at its location.
     */
    default void apply(Connection connection, StatementObserver observer) {
        SqlStatement whole = new SqlStatement(forwardText() == null ? "" : forwardText(), 0, 0);
        observer.before(connection, location(), whole);
        apply(connection);
        observer.after(connection, location(), whole);
    }

    /** Runs the rollback; fails with a clear message when there is none. */
    void rollback(Connection connection);

    /**
     * Why this step must not run on {@code connection}, or {@code null} to run it: a Liquibase changeset
     * whose preconditions fail with {@code onFail} (or {@code onError}) {@code CONTINUE} or {@code MARK_RAN}
     * is skipped, as Liquibase skips it. A precondition that fails with {@code HALT} throws. SQL files have
     * no preconditions.
     */
    default String skipReason(Connection connection) {
        return null;
    }

    /**
     * A checksum of the rollback, stored in history so that {@code rollback} can refuse a down edited
     * since its up was applied; {@code null} when the step has none or cannot tell.
     */
    default String rollbackChecksum() {
        return null;
    }

    /** The forward change's text as written (before placeholders), or {@code null} when it is not SQL text. */
    default String forwardText() {
        return null;
    }

    /** The rollback's SQL as it would run (placeholders replaced), for a dry run; {@code null} when unknown. */
    default String rollbackSql() {
        return null;
    }
}
