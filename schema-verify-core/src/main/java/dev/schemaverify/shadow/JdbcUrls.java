package dev.schemaverify.shadow;

import java.util.Locale;

/** JDBC URL helpers; every message that shows a URL goes through {@link #redact(String)}. */
public final class JdbcUrls {

    /**
     * pgjdbc's {@code flushCacheOnDdl}, set to {@code false} on shadow connections. By default the driver
     * forgets every server-prepared statement of a session that ran a CREATE, ALTER or DROP, so on a shadow,
     * where migrations run DDL between inspections, every catalog query was parsed and planned again each
     * time (the catalog marks query of the rollback check plans in about 70 ms and runs in 25). The catalog
     * queries' result types never change with a user's DDL; PostgreSQL itself re-plans what DDL invalidates.
     */
    public static final String KEEP_PLANS_ACROSS_DDL = "flushCacheOnDdl";

    private JdbcUrls() {
    }

    /**
     * The URL without secrets: query parameters whose name ends in {@code password} (such as
     * {@code password} and {@code sslpassword}) are removed, and {@code user:password@} becomes
     * {@code user@}. Everything else is kept so the user still recognises the URL.
     */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        UserInfo info = userInfo(url);
        String result = info == null ? url : info.url().replaceFirst("//", "//" + info.user() + "@");
        int query = result.indexOf('?');
        if (query < 0) {
            return result;
        }
        StringBuilder kept = new StringBuilder();
        for (String parameter : result.substring(query + 1).split("&", -1)) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (parameter.isEmpty() || name.endsWith("password")) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "&").append(parameter);
        }
        return result.substring(0, query) + (kept.length() == 0 ? "" : "?" + kept);
    }

    /**
     * Credentials written into a URL as {@code //user:password@host}, and the URL without them.
     *
     * @param url the URL with the user information removed
     * @param user the user, URL-decoded
     * @param password the password, URL-decoded (it may hold {@code /} or {@code @})
     */
    public record UserInfo(String url, String user, String password) {
    }

    /**
     * What the driver is handed for a login: the URL without {@code user:password@} (the driver cannot parse
     * it) and the properties every connection of ours carries: the credentials (given ones first, else those
     * of the URL), fail-fast connect and login timeouts, and {@code ApplicationName} so a DBA sees who we are.
     *
     * @param user the login, or {@code null} for the URL's
     * @param password the password, or {@code null} for the URL's
     */
    public static Login login(String url, String user, String password, int connectTimeoutSeconds) {
        UserInfo embedded = userInfo(url);
        String login = user != null ? user : embedded == null ? null : embedded.user();
        String secret = password != null ? password : embedded == null ? null : embedded.password();
        java.util.Properties properties = new java.util.Properties();
        if (login != null) {
            properties.setProperty("user", login);
        }
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        properties.setProperty("connectTimeout", String.valueOf(connectTimeoutSeconds));
        properties.setProperty("loginTimeout", String.valueOf(connectTimeoutSeconds));
        properties.setProperty("ApplicationName", "schema-verify");
        return new Login(embedded == null ? url : embedded.url(), login, secret, properties);
    }

    /** A login as {@link #login} prepares it: the driver URL, the effective user and password, the properties. */
    public record Login(String url, String user, String password, java.util.Properties properties) {
    }

    /**
     * The {@code user:password@} part of a URL, or {@code null} when it has none. The password runs to the
     * last {@code @} before the query string, so it may itself contain {@code /} or {@code @}; the driver
     * cannot parse such URLs, so callers pass the credentials as properties instead.
     */
    public static UserInfo userInfo(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return null;
        }
        int query = url.indexOf('?', start);
        int end = url.lastIndexOf('@', query < 0 ? url.length() : query);
        if (end < start) {
            return null;
        }
        String info = url.substring(start + 2, end);
        int colon = info.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new UserInfo(url.substring(0, start + 2) + url.substring(end + 1), decode(info.substring(0, colon)),
                decode(info.substring(colon + 1)));
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * A driver message fit for a log: the raw URL replaced by its redacted form, and any of the secrets
     * (URL-embedded or separate passwords) masked.
     */
    public static String sanitize(String message, String url, String... secrets) {
        if (message == null) {
            return null;
        }
        String result = message.replace(url, redact(url));
        UserInfo info = userInfo(url);
        if (info != null && !info.password().isEmpty()) {
            result = result.replace(info.password(), "****");
        }
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, "****");
            }
        }
        return result;
    }

    /** {@code url} with its database name replaced by {@code database}, keeping hosts and parameters. */
    static String withDatabase(String url, String database) {
        String prefix = "jdbc:postgresql:";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
        }
        int queryStart = url.indexOf('?');
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        String location = url.substring(prefix.length(), queryStart < 0 ? url.length() : queryStart);
        if (!location.startsWith("//")) {
            return prefix + database + query;
        }
        int slash = location.indexOf('/', 2);
        String hosts = slash < 0 ? location : location.substring(0, slash);
        return prefix + hosts + "/" + database + query;
    }
}
