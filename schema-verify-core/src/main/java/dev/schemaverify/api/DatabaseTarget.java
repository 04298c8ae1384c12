package dev.schemaverify.api;

import java.util.Objects;

/**
 * A database to connect to. The password is never part of {@link #toString()} or any message.
 *
 * @param url a {@code jdbc:postgresql://} URL
 * @param user the login role, or {@code null} to use the URL's
 * @param password the password, or {@code null}
 */
public record DatabaseTarget(String url, String user, String password) {
    public DatabaseTarget {
        Objects.requireNonNull(url, "url");
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
