package dev.schemaverify.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestDatabasesIT {
    @Test
    void startsARealServerAndCreatesIsolatedDatabases() throws Exception {
        String first = TestDatabases.createDatabase("smoke");
        String second = TestDatabases.createDatabase("smoke");
        try (Connection a = TestDatabases.connect(first); Connection b = TestDatabases.connect(second)) {
            TestDatabases.execute(a, "CREATE TABLE only_in_a (id int)");
            try (ResultSet rs = b.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relname = 'only_in_a'")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
            try (ResultSet rs = a.createStatement().executeQuery("SHOW server_version_num")) {
                rs.next();
                assertEquals(17, Integer.parseInt(rs.getString(1)) / 10000);
            }
        }
    }
}
