package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The session-level advisory lock every run that changes a history takes ({@code migrate}, {@code
 * baseline}, {@code repair}, {@code rollback}, the Flyway import), so that two of them never interleave.
 *
 * <p>Waiting polls {@code pg_try_advisory_lock} rather than blocking in {@code pg_advisory_lock}, so the
 * wait can end after {@code lockWait} with a message naming the holder (from {@code pg_stat_activity}),
 * and a progress line shows every few seconds that the run is alive.
 */
public final class MigrationLock implements AutoCloseable {
    static final long POLL_MILLIS = 200;
    static final long PROGRESS_MILLIS = 10_000;

    private final Connection connection;
    private final long key;
    private final Consumer<String> log;

    private MigrationLock(Connection connection, long key, Consumer<String> log) {
        this.connection = connection;
        this.key = key;
        this.log = log;
    }

    /** Takes the lock of {@code history}, waiting at most {@code lockWait}; the connection must be in autocommit. */
    public static MigrationLock acquire(Connection connection, MigrationHistory history, Duration lockWait,
            Consumer<String> log) throws SQLException {
        long key = history.lockKey();
        if (tryLock(connection, key)) {
            return new MigrationLock(connection, key, log);
        }
        long start = System.nanoTime();
        long deadline = start + lockWait.toNanos();
        log.accept("waiting for another migration run to finish (advisory lock " + key + " on "
                + history.displayName() + ", held by " + holder(connection, key) + "; giving up after "
                + lockWait.toSeconds() + " s, lockWait)");
        long nextProgress = start + PROGRESS_MILLIS * 1_000_000;
        while (true) {
            sleep();
            if (tryLock(connection, key)) {
                log.accept("got the migration lock after " + (System.nanoTime() - start) / 1_000_000 + " ms");
                return new MigrationLock(connection, key, log);
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "gave up waiting for the migration lock on "
                        + history.displayName() + " after " + lockWait.toSeconds() + " s: it is held by "
                        + holder(connection, key) + ". Wait for that run to finish, end it"
                        + " (SELECT pg_terminate_backend(<pid>)) if it is stuck, or raise lockWait");
            }
            if (now >= nextProgress) {
                log.accept("still waiting for the migration lock (" + (now - start) / 1_000_000_000 + " s), held by "
                        + holder(connection, key));
                nextProgress = now + PROGRESS_MILLIS * 1_000_000;
            }
        }
    }

    /**
     * Who holds the lock: {@code server process 4711 (application 'schema-verify', client 10.0.0.5,
     * connected since 2026-01-01 10:00:00+00, in its current transaction or query since ...)}.
     */
    static String holder(Connection connection, long key) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT l.pid, a.application_name,"
                + " host(a.client_addr), to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || 'Z',"
                + " to_char(coalesce(a.xact_start, a.query_start) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || 'Z'"
                + " FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = CAST(? AS oid)"
                + " AND l.objid = CAST(? AS oid) AND l.objsubid = 1 ORDER BY l.pid")) {
            query.setLong(1, key >>> 32);
            query.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String application = rs.getString(2);
                    String client = rs.getString(3);
                    String since = rs.getString(4);
                    String busy = rs.getString(5);
                    holders.add("server process " + rs.getInt(1) + " (application '"
                            + (application == null ? "" : application) + "', client "
                            + (client == null ? "local socket" : client)
                            + (since == null ? "" : ", connected since " + since)
                            + (busy == null ? "" : ", busy since " + busy) + ")");
                }
            }
        }
        return holders.isEmpty() ? "a server process that has just released it" : String.join(", ", holders);
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        return queryBoolean(connection, "SELECT pg_try_advisory_lock(?)", key);
    }

    /** Never masks the run's own failure: a lock that cannot be released goes with the session anyway. */
    @Override
    public void close() {
        try {
            queryBoolean(connection, "SELECT pg_advisory_unlock(?)", key);
        } catch (SQLException e) {
            log.accept("could not release the migration lock (" + e.getMessage()
                    + "); PostgreSQL releases it when the connection closes");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "interrupted while waiting for the migration lock");
        }
    }

    private static boolean queryBoolean(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
