package dev.schemaverify.shadow;

import java.sql.Connection;

/**
 * A throwaway, real PostgreSQL database: embedded, or a temporary database on a server the user names.
 * Closing it drops the database (and stops an embedded server).
 */
public interface ShadowDatabase extends AutoCloseable {
    /** The JDBC URL of the shadow database (never contains a password). */
    String jdbcUrl();

    /** Opens a new connection to the shadow database. */
    Connection connect();

    /** The server's major version, e.g. 17. */
    int majorVersion();

    /** Drops the database and releases the server; never throws for a database already gone. */
    @Override
    void close();
}
