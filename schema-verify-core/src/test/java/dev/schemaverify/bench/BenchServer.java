package dev.schemaverify.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server the benchmark runs on: an embedded one it starts (the same binaries the shadow
 * database uses), or one the user names with {@code --url}. Either way, each measured schema goes into
 * a database of its own, created here and dropped afterwards.
 */
final class BenchServer implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String query;
    private final String user;
    private final String password;
    private final int majorVersion;
    private final String version;
    private final String settings;

    private BenchServer(EmbeddedPostgres embedded, String host, int port, String adminDatabase, String query,
            String user, String password) throws SQLException {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.query = query;
        this.user = user;
        this.password = password;
        try (Connection connection = connect(adminDatabase);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select current_setting('server_version_num')::int, current_setting('server_version'),"
                                + " 'fsync=' || current_setting('fsync')"
                                + " || ', synchronous_commit=' || current_setting('synchronous_commit')"
                                + " || ', shared_buffers=' || current_setting('shared_buffers')"
                                + " || ', max_connections=' || current_setting('max_connections')")) {
            rows.next();
            this.majorVersion = rows.getInt(1) / 10000;
            this.version = rows.getString(2);
            this.settings = rows.getString(3);
        }
    }

    static BenchServer start(BenchmarkArgs args) throws IOException, SQLException {
        if (args.url() == null) {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            try {
                return new BenchServer(embedded, "localhost", embedded.getPort(), "postgres", "", "postgres", null);
            } catch (SQLException | RuntimeException e) {
                embedded.close();
                throw e;
            }
        }
        // jdbc:postgresql://host:port/db?params; URI parses the part after "jdbc:".
        URI uri = URI.create(args.url().substring("jdbc:".length()));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--url needs a host, e.g. jdbc:postgresql://localhost:5432/postgres");
        }
        String path = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        return new BenchServer(null, uri.getHost(), port, path, query, args.user(), args.password());
    }

    /** {@code PostgreSQL 17.6 (embedded)} or {@code PostgreSQL 15.18 at localhost:55432}. */
    String describe() {
        // The settings that change DDL speed the most, so that numbers from two servers can be compared.
        return "PostgreSQL " + version + (embedded != null ? " (embedded, port " + port + ")" : " at " + host + ":" + port)
                + "; " + settings;
    }

    int majorVersion() {
        return majorVersion;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String user() {
        return user;
    }

    /** The password, for handing to pg_dump through its environment; never printed. */
    String password() {
        return password;
    }

    Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "schema-verify-benchmark");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database + query, properties);
    }

    /** Creates {@code name} afresh, dropping a leftover of an earlier, interrupted run. */
    void createDatabase(String name) throws SQLException {
        try (Connection admin = connect(adminDatabase); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " template template0 encoding 'UTF8'");
        }
    }

    void dropDatabase(String name) throws SQLException {
        try (Connection admin = connect(adminDatabase); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
