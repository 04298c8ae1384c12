package dev.schemaverify.shadow;

import java.util.Locale;
import java.util.regex.Pattern;

/** JDBC URL helpers; every message that shows a URL goes through {@link #redact(String)}. */
public final class JdbcUrls {
    /** {@code //user:password@} user information; the password ends at the last {@code @} before the host. */
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.:-]*?//)([^/?#@:]*):[^/?#]*@");

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
        String result = USER_INFO.matcher(url).replaceFirst("$1$2@");
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
