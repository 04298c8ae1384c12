package dev.schemaverify.api;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.JdbcUrls;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections to user-named databases, failing fast and without leaking the password. */
final class Connections {
    /** Seconds to wait for a server before giving up; an unreachable URL must fail fast in CI. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private Connections() {
    }

    static Connection open(DatabaseTarget target) {
        if (!target.url().startsWith("jdbc:postgresql:")) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the url " + target.displayUrl()
                    + " is not a PostgreSQL JDBC URL; expected jdbc:postgresql://host:port/database");
        }
        Properties properties = new Properties();
        // The driver cannot parse //user:password@host; such credentials travel as properties instead.
        JdbcUrls.UserInfo embedded = JdbcUrls.userInfo(target.url());
        String url = embedded == null ? target.url() : embedded.url();
        String user = target.user() != null ? target.user() : embedded == null ? null : embedded.user();
        String password = target.password() != null ? target.password() : embedded == null ? null : embedded.password();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "schema-verify");
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String cause = networkCause(e);
            if (cause != null) {
                reason = cause;
            }
            reason = JdbcUrls.sanitize(JdbcUrls.sanitize(reason, target.url(), target.password()), url, password);
            while (reason.endsWith(".")) {
                reason = reason.substring(0, reason.length() - 1);
            }
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "cannot connect to " + target + ": " + reason);
        }
    }

    /**
     * What the network said under the driver's generic "The connection attempt failed": an unknown host,
     * a refused connection or a timeout, each with what to check; {@code null} when it is none of these.
     */
    static String networkCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage() + " (check the host name in the url, and DNS or VPN)";
            }
            if (t instanceof ConnectException) {
                return "connection refused (check the port in the url, that the server is running and listens"
                        + " on that address, and that no firewall blocks it)";
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer within " + CONNECT_TIMEOUT_SECONDS + " s (check the host and port in the url,"
                        + " and that a firewall or VPN lets this machine reach it)";
            }
        }
        return null;
    }
}
