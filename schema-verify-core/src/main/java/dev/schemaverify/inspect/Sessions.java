package dev.schemaverify.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The transaction scopes the inspector and the normalizer work in. Both leave the connection as they
 * found it: its autocommit mode is restored, and all their work is rolled back (a caller's own open
 * transaction survives, because the work happens under a savepoint that is rolled back).
 */
final class Sessions {
    /**
     * The {@code search_path} under which catalog output is deparsed. With only {@code pg_catalog} on
     * the path, {@code pg_get_expr}, {@code pg_get_viewdef}, {@code format_type} and friends qualify
     * every name outside {@code pg_catalog} ({@code public.mood}, {@code auth.uid()}), so output never
     * depends on a session's settings. The inspector and the normalizer must both use it.
     */
    static final String DEPARSE_SEARCH_PATH = "pg_catalog";

    private static final String SAVEPOINT = "schema_verify_scope";

    private Sessions() {
    }

    /** Runs {@code work} in a read-only scope with the deparse search_path and JIT off. */
    static <T> T readOnly(CatalogQueries queries, Supplier<T> work) {
        return scoped(queries, true, work);
    }

    /** Runs {@code work} in a scope that is always rolled back; it may create temporary objects. */
    static <T> T rolledBack(CatalogQueries queries, Supplier<T> work) {
        return scoped(queries, false, work);
    }

    private static <T> T scoped(CatalogQueries queries, boolean readOnly, Supplier<T> work) {
        Connection connection = queries.connection();
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw CatalogQueries.failure("starting a transaction", e);
        }
        boolean finished = false;
        try {
            queries.execute("SAVEPOINT " + SAVEPOINT);
            if (readOnly) {
                queries.execute("SET LOCAL transaction_read_only = on");
            }
            // JIT compilation gains nothing on catalog queries of a few ms to a few hundred ms, and where the
            // server has it (Debian/PGDG builds, on by default) it costs seconds: planner estimates for
            // catalog joins run into the millions, so not_verified.sql was JIT-compiled with inlining and
            // optimisation for 3.3 s of its 3.4 s on a 5,000-table database (PostgreSQL 15, jit=on).
            // On a live database, never queue behind (or in front of) a deploy's exclusive lock for long.
            queries.execute("SELECT set_config('search_path', '" + DEPARSE_SEARCH_PATH + "', true), "
                    + "set_config('jit', 'off', true), set_config('lock_timeout', '" + LOCK_TIMEOUT + "', true)");
            T result = work.get();
            finished = true;
            return result;
        } finally {
            end(connection, autoCommit, finished);
        }
    }

    /** How long an inspection waits for a lock before it fails instead of stalling others. */
    static final String LOCK_TIMEOUT = "10s";

    private static void end(Connection connection, boolean autoCommit, boolean finished) {
        try {
            if (autoCommit) {
                try {
                    connection.rollback();
                } finally {
                    connection.setAutoCommit(true); // the caller gets its connection back as it gave it
                }
            } else {
                try (var statement = connection.createStatement()) {
                    statement.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                    statement.execute("RELEASE SAVEPOINT " + SAVEPOINT);
                }
            }
        } catch (SQLException e) {
            if (finished) {
                throw CatalogQueries.failure("rolling back the inspection transaction", e);
            }
            // the work already failed; its exception says more than this one
        }
    }
}
