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
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens connections to user-named databases: each attempt bounded by the target's timeout, retried with
 * a doubling pause when the server is busy or starting, and never leaking the password.
 */
final class Connections {
    /** The first pause between attempts; it doubles, up to {@link #MAX_PAUSE_MILLIS}. */
    static final long FIRST_PAUSE_MILLIS = 1_000;
    static final long MAX_PAUSE_MILLIS = 8_000;
    /**
     * SQL states a retry can cure: no connection or a broken one (08001, 08006), too many connections
     * (53300), the server starting or shutting down (57P03). A refused login (28xxx) or an unknown
     * database (3D000) fails at once.
     */
    private static final Set<String> TRANSIENT = Set.of("08001", "08006", "08004", "53300", "57P03");

    private Connections() {
    }

    static Connection open(DatabaseTarget target) {
        return open(target, line -> { });
    }

    /** {@code progress} hears of each retry. */
    static Connection open(DatabaseTarget target, Consumer<String> progress) {
        return open(target, progress, null);
    }

    /**
     * A connection whose session starts with {@code sessionOptions} (the server's {@code -c name=value}
     * startup options, e.g. preflight's {@code lock_timeout} and {@code statement_timeout}), so they hold
     * from its first statement on, or without any when {@code null}.
     */
    static Connection open(DatabaseTarget target, Consumer<String> progress, String sessionOptions) {
        if (!target.url().startsWith("jdbc:postgresql:")) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the url " + target.displayUrl()
                    + " is not a PostgreSQL JDBC URL; expected jdbc:postgresql://host:port/database");
        }
        JdbcUrls.Login login = JdbcUrls.login(target.url(), target.user(), target.password(),
                target.connectTimeoutSeconds());
        String url = login.url();
        String user = login.user();
        String password = login.password();
        Properties properties = login.properties();
        if (sessionOptions != null) {
            properties.setProperty("options", sessionOptions);
        }
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 0; ; attempt++) {
            try {
                return DriverManager.getConnection(url, properties);
            } catch (SQLException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                String cause = networkCause(e, target.connectTimeoutSeconds());
                if (cause != null) {
                    reason = cause;
                }
                reason = JdbcUrls.sanitize(JdbcUrls.sanitize(reason, target.url(), target.password()), url, password);
                while (reason.endsWith(".")) {
                    reason = reason.substring(0, reason.length() - 1);
                }
                boolean retry = attempt < target.connectRetries() && e.getSQLState() != null
                        && TRANSIENT.contains(e.getSQLState()) && !refused(e);
                if (!retry) {
                    String tries = attempt == 0 ? "" : " (after " + (attempt + 1) + " attempts)";
                    throw new SchemaVerifyException(ErrorCode.CONNECTION, "cannot connect to " + target + tries + ": "
                            + reason);
                }
                progress.accept("cannot connect to " + target + " (" + reason + "); retrying in " + pause + " ms ("
                        + (attempt + 1) + " of " + target.connectRetries() + " retries, connectRetries)");
                sleep(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    /**
     * Nothing listens on the port, or the host name is unknown: a wrong URL, not a busy server, so the
     * build fails at once (an unreachable URL must fail fast in CI).
     */
    private static boolean refused(SQLException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.ConnectException && String.valueOf(cause.getMessage()).contains("refused")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "interrupted while waiting to retry a connection");
        }
    }

    /**
     * What the network said under the driver's generic "The connection attempt failed": an unknown host,
     * a refused connection or a timeout, each with what to check; {@code null} when it is none of these.
     */
    static String networkCause(Throwable failure, int timeoutSeconds) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage() + " (check the host name in the url, and DNS or VPN)";
            }
            if (t instanceof ConnectException) {
                return "connection refused (check the port in the url, that the server is running and listens"
                        + " on that address, and that no firewall blocks it)";
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer within " + timeoutSeconds + " s (check the host and port in the url, and that a"
                        + " firewall or VPN lets this machine reach it; -Dschema-verify.connectTimeout sets the wait)";
            }
        }
        return null;
    }
}
