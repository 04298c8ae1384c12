package dev.schemaverify.api;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.JdbcUrls;
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
            reason = JdbcUrls.sanitize(JdbcUrls.sanitize(reason, target.url(), target.password()), url, password);
            while (reason.endsWith(".")) {
                reason = reason.substring(0, reason.length() - 1);
            }
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "cannot connect to " + target + ": " + reason);
        }
    }
}
