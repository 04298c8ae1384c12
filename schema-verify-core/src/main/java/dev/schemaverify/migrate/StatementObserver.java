package dev.schemaverify.migrate;

import java.sql.Connection;

/**
 * Watches a migration run statement by statement, on the connection that runs it: {@code lint} records
 * which locks each statement took and what it rewrote, so every observation has the statement's file,
 * line and column. The observer may query the connection (in the same transaction) but must not change
 * what the statements see.
 */
public interface StatementObserver {
    /** Observes nothing: the plain way to run a step. */
    StatementObserver NONE = new StatementObserver() {
        @Override
        public void before(Connection connection, String file, SqlStatement statement) {
        }

        @Override
        public void after(Connection connection, String file, SqlStatement statement) {
        }
    };

    /** Called right before {@code statement} of {@code file} (the project-relative display path) runs. */
    void before(Connection connection, String file, SqlStatement statement);

    /** Called right after {@code statement} ran without an error. */
    void after(Connection connection, String file, SqlStatement statement);
}
