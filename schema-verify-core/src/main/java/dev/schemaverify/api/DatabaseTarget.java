package dev.schemaverify.api;

import java.util.Objects;

/**
 * A database to connect to. The password is never part of {@link #toString()} or any message.
 *
 * @param url a {@code jdbc:postgresql://} URL
 * @param user the login role, or {@code null} to use the URL's
 * @param password the password, or {@code null}
 * @param connectTimeoutSeconds how long one connection attempt (socket and login) may take; a server
 *     under load can take seconds to accept a login, so the default is generous
 * @param connectRetries how many times a failed attempt is retried (with a doubling pause) when the
 *     failure is one a busy or restarting server gives; a wrong password or database is never retried
 */
public record DatabaseTarget(String url, String user, String password, int connectTimeoutSeconds,
        int connectRetries) {
    /** Seconds one attempt may take unless told otherwise. */
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 30;
    /** Retries unless told otherwise. */
    public static final int DEFAULT_CONNECT_RETRIES = 2;

    public DatabaseTarget {
        Objects.requireNonNull(url, "url");
        if (connectTimeoutSeconds < 1) {
            throw new IllegalArgumentException("connectTimeout must be at least 1 second, got " + connectTimeoutSeconds);
        }
        if (connectRetries < 0) {
            throw new IllegalArgumentException("connectRetries must not be negative, got " + connectRetries);
        }
    }

    /** A target with the default timeout and retries. */
    public DatabaseTarget(String url, String user, String password) {
        this(url, user, password, DEFAULT_CONNECT_TIMEOUT_SECONDS, DEFAULT_CONNECT_RETRIES);
    }

    /** This target with another timeout and retry count. */
    public DatabaseTarget withConnectSettings(int timeoutSeconds, int retries) {
        return new DatabaseTarget(url, user, password, timeoutSeconds, retries);
    }

    /** The URL with any password removed, fit for logs and reports. */
    public String displayUrl() {
        return dev.schemaverify.shadow.JdbcUrls.redact(url);
    }

    @Override
    public String toString() {
        return displayUrl() + (user == null ? "" : " as " + user);
    }
}
