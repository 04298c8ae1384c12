package dev.schemaverify.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The plugin's shadow goals of one Maven process share an embedded server: the second shadow starts no
 * server (same port), gets a database of its own that sees nothing of the first's, and each database is
 * gone when its shadow closes while the server keeps running for the next goal.
 */
class SharedEmbeddedServersIT {
    private static String port(String jdbcUrl) {
        return jdbcUrl.replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1");
    }

    private static boolean databaseExists(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            row.next();
            return row.getInt(1) == 1;
        }
    }

    @Test
    void shadowsShareOneServerAndKeepTheirDatabasesApart() throws Exception {
        EmbeddedOptions options = EmbeddedOptions.of(17);
        TemporaryDatabaseShadow first = (TemporaryDatabaseShadow) SharedEmbeddedServers.open(options);
        try (TemporaryDatabaseShadow second = (TemporaryDatabaseShadow) SharedEmbeddedServers.open(options)) {
            assertEquals(port(first.jdbcUrl()), port(second.jdbcUrl()), "one server: " + first.jdbcUrl() + " "
                    + second.jdbcUrl());
            assertNotEquals(first.databaseName(), second.databaseName());
            assertEquals(17, second.majorVersion());
            try (Connection a = first.connect(); Connection b = second.connect()) {
                a.createStatement().execute("CREATE TABLE only_in_first (id int)");
                try (ResultSet rows = b.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_class WHERE relname = 'only_in_first'")) {
                    rows.next();
                    assertEquals(0, rows.getInt(1), "the second shadow sees nothing of the first");
                }
            }
            String firstName = first.databaseName();
            first.close();
            try (Connection b = second.connect()) {
                assertFalse(databaseExists(b, firstName), "the first shadow's database is dropped on close");
                assertTrue(databaseExists(b, second.databaseName()), "the server still runs for the next goal");
            }
        }
    }
}
