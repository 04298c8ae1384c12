package dev.schemaverify.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TemporaryDatabaseShadowIT {
    private static String serverUrl() {
        return TestDatabases.server().getJdbcUrl("postgres", "postgres");
    }

    private static boolean databaseExists(String name) throws Exception {
        try (Connection admin = TestDatabases.server().getPostgresDatabase().getConnection();
                PreparedStatement statement = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Test
    void createsAUniqueDatabaseAndDropsItOnClose() throws Exception {
        String name;
        try (TemporaryDatabaseShadow shadow = TemporaryDatabaseShadow.create(serverUrl(), "postgres", "")) {
            name = shadow.databaseName();
            assertTrue(name.startsWith("schema_verify_shadow_"), name);
            assertTrue(databaseExists(name));
            assertEquals(17, shadow.majorVersion());
            assertTrue(shadow.jdbcUrl().contains("/" + name), shadow.jdbcUrl());
            try (Connection connection = shadow.connect();
                    ResultSet rs = connection.createStatement().executeQuery("SELECT current_database()")) {
                rs.next();
                assertEquals(name, rs.getString(1));
            }
        }
        assertFalse(databaseExists(name));
    }

    /**
     * A shadow connection keeps the driver's server-prepared statements across DDL (the migrations'), so
     * queries that run again and again there, the rollback check's catalog reads, are planned once.
     */
    @Test
    void preparedStatementsSurviveDdlOnAShadowConnection() throws Exception {
        try (TemporaryDatabaseShadow shadow = TemporaryDatabaseShadow.create(serverUrl(), "postgres", "");
                Connection connection = shadow.connect()) {
            String query = "SELECT count(*) FROM pg_class WHERE relkind = ?";
            for (int i = 0; i < 6; i++) {
                run(connection, query);
            }
            String before = prepared(connection, query);
            assertTrue(before != null && before.startsWith("S_"), "the driver prepared it on the server: " + before);
            connection.createStatement().execute("CREATE TABLE t (id int)");
            connection.createStatement().execute("DROP TABLE t");
            run(connection, query);
            assertEquals(before, prepared(connection, query), "the same server statement serves after DDL");
        }
    }

    private static void run(Connection connection, String query) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, "r");
            statement.executeQuery().close();
        }
    }

    private static String prepared(Connection connection, String query) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT string_agg(name, ',') FROM pg_prepared_statements WHERE statement LIKE ?")) {
            statement.setString(1, "SELECT count(*) FROM pg_class%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    @Test
    void dropsTheDatabaseEvenWhileAConnectionIsOpen() throws Exception {
        TemporaryDatabaseShadow shadow = TemporaryDatabaseShadow.create(serverUrl(), "postgres", "");
        try (Connection stillOpen = shadow.connect()) {
            stillOpen.createStatement().execute("CREATE TABLE t (id int)");
            shadow.close();
            assertFalse(databaseExists(shadow.databaseName()));
        }
        shadow.close(); // closing twice is harmless
    }

    @Test
    void twoShadowsGetDifferentNames() {
        try (TemporaryDatabaseShadow a = TemporaryDatabaseShadow.create(serverUrl(), "postgres", "");
                TemporaryDatabaseShadow b = TemporaryDatabaseShadow.create(serverUrl(), "postgres", "")) {
            assertFalse(a.databaseName().equals(b.databaseName()));
        }
    }

    @Test
    void passwordNeverAppearsInTheUrl() {
        String url = serverUrl() + "&password=hunter2";
        try (TemporaryDatabaseShadow shadow = TemporaryDatabaseShadow.create(url, "postgres", "hunter2")) {
            assertFalse(shadow.jdbcUrl().contains("hunter2"), shadow.jdbcUrl());
        }
    }

    @Test
    void unreachableServerFailsFastWithoutThePassword() {
        long started = System.nanoTime();
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> TemporaryDatabaseShadow.create("jdbc:postgresql://127.0.0.1:1/x?password=hunter2", "admin", "hunter2"));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 15, "took " + seconds + " s");
        assertEquals(ErrorCode.CONNECTION, e.code());
        assertTrue(e.getMessage().startsWith("cannot connect to jdbc:postgresql://127.0.0.1:1/x as admin: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; check the URL, that the server is running and reachable from this machine,"
                + " and the user name and password"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void nonPostgresUrlIsAConfigurationError() {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> TemporaryDatabaseShadow.create("jdbc:mysql://u:secret@db/x", "u", "secret"));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("the shadow server URL jdbc:mysql://u@db/x is not a PostgreSQL JDBC URL;"
                + " write it as jdbc:postgresql://host:port/database", e.getMessage());
    }
}
