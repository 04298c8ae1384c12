package dev.schemaverify.shadow;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.SchemaVerifyException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

/**
 * A uniquely named database created on a server the user names, dropped again on {@link #close()}
 * (forcibly: sessions still connected to it are ended).
 *
 * <p>Connections fail fast: a connect and login timeout of {@value #TIMEOUT_SECONDS} seconds, so an
 * unreachable server is reported in seconds rather than after the operating system's TCP timeout.
 * Parameters in the URL itself take precedence over these defaults.
 */
public final class TemporaryDatabaseShadow implements ShadowDatabase {
    public static final String NAME_PREFIX = "schema_verify_shadow_";
    static final int TIMEOUT_SECONDS = 10;
    /** Creating and dropping a database can wait on checkpoints; allow more than a login. */
    private static final int ADMIN_SOCKET_TIMEOUT_SECONDS = 120;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String serverUrl;
    private final String shadowUrl;
    private final String user;
    private final String password;
    private final String database;
    private final int majorVersion;
    private boolean closed;

    private TemporaryDatabaseShadow(String serverUrl, String user, String password, String database, int majorVersion) {
        this.serverUrl = serverUrl;
        this.shadowUrl = JdbcUrls.withDatabase(serverUrl, database);
        this.user = user;
        this.password = password;
        this.database = database;
        this.majorVersion = majorVersion;
    }

    /**
     * Creates a new database on the server of {@code serverJdbcUrl} (the URL of any database the user
     * may connect to, such as {@code postgres}); the user needs the {@code CREATEDB} privilege.
     */
    public static TemporaryDatabaseShadow create(String serverJdbcUrl, String user, String password) {
        if (serverJdbcUrl == null || !serverJdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the shadow server URL "
                    + JdbcUrls.redact(serverJdbcUrl) + " is not a PostgreSQL JDBC URL;"
                    + " write it as jdbc:postgresql://host:port/database");
        }
        String database = NAME_PREFIX + Long.toString(System.currentTimeMillis(), 36) + "_"
                + HexFormat.of().formatHex(randomBytes());
        TemporaryDatabaseShadow shadow;
        try (Connection admin = open(serverJdbcUrl, user, password, ADMIN_SOCKET_TIMEOUT_SECONDS)) {
            int major = admin.getMetaData().getDatabaseMajorVersion();
            try (Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + Identifiers.quoteAlways(database));
            } catch (SQLException e) {
                throw new SchemaVerifyException(ErrorCode.SHADOW, "cannot create the temporary shadow database "
                        + database + " on " + JdbcUrls.redact(serverJdbcUrl) + ": " + hide(e.getMessage(), password)
                        + "; grant the user " + user + " the CREATEDB privilege or use the embedded shadow database", e);
            }
            shadow = new TemporaryDatabaseShadow(serverJdbcUrl, user, password, database, major);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW, "lost the connection to " + JdbcUrls.redact(serverJdbcUrl)
                    + " while creating the temporary shadow database: " + hide(e.getMessage(), password), e);
        }
        try (Connection check = shadow.connect()) {
            return shadow;
        } catch (SQLException | RuntimeException e) {
            try {
                shadow.close();
            } catch (RuntimeException dropFailure) {
                e.addSuppressed(dropFailure);
            }
            if (e instanceof SchemaVerifyException schemaVerify) {
                throw schemaVerify;
            }
            throw new SchemaVerifyException(ErrorCode.SHADOW, "cannot use the temporary shadow database "
                    + database + ": " + hide(e.getMessage(), password), e);
        }
    }

    /** The name of the temporary database. */
    public String databaseName() {
        return database;
    }

    @Override
    public String jdbcUrl() {
        return JdbcUrls.redact(shadowUrl);
    }

    @Override
    public Connection connect() {
        try {
            return open(shadowUrl, user, password, 0);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "cannot connect to the temporary shadow database "
                    + jdbcUrl() + ": " + hide(e.getMessage(), password), e);
        }
    }

    @Override
    public int majorVersion() {
        return majorVersion;
    }

    /** Drops the database, ending any session still connected to it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try (Connection admin = open(serverUrl, user, password, ADMIN_SOCKET_TIMEOUT_SECONDS);
                Statement statement = admin.createStatement()) {
            if (majorVersion >= 13) {
                statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quoteAlways(database) + " WITH (FORCE)");
            } else {
                try (PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(pid)"
                        + " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                    terminate.setString(1, database);
                    terminate.executeQuery().close();
                }
                statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quoteAlways(database));
            }
            closed = true;
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW, "cannot drop the temporary shadow database " + database
                    + " on " + JdbcUrls.redact(serverUrl) + ": " + hide(e.getMessage(), password)
                    + "; drop it by hand with DROP DATABASE " + Identifiers.quoteAlways(database), e);
        }
    }

    /** Opens a connection with fail-fast timeouts; a refused or failed login is a CONNECTION error. */
    private static Connection open(String rawUrl, String rawUser, String rawPassword, int socketTimeoutSeconds)
            throws SQLException {
        JdbcUrls.Login login = JdbcUrls.login(rawUrl, rawUser, rawPassword, TIMEOUT_SECONDS);
        String url = login.url();
        String user = login.user();
        String password = login.password();
        Properties properties = login.properties();
        properties.setProperty("socketTimeout", String.valueOf(socketTimeoutSeconds));
        properties.setProperty(JdbcUrls.KEEP_PLANS_ACROSS_DDL, "false");
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "cannot connect to " + JdbcUrls.redact(url)
                    + (user == null ? "" : " as " + user) + ": "
                    + JdbcUrls.sanitize(JdbcUrls.sanitize(e.getMessage(), rawUrl, password), url, password)
                    + "; check the URL, that the server is running and reachable from this machine,"
                    + " and the user name and password", e);
        }
        if (connection == null) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "no JDBC driver accepts " + JdbcUrls.redact(url));
        }
        return connection;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Drivers do not echo passwords today; this keeps it that way if one ever does. */
    private static String hide(String message, String password) {
        if (message == null || password == null || password.isEmpty()) {
            return message;
        }
        return message.replace(password, "****");
    }
}
