package dev.schemaverify.inspect;

import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/** SQL scripts of this package's tests, kept as test resources. */
final class Fixtures {
    private Fixtures() {
    }

    static String script(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh database holding {@code full-schema.sql}; returns its JDBC URL. */
    static String fullSchemaDatabase(String prefix) throws SQLException {
        String url = TestDatabases.createDatabase(prefix);
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, script("full-schema.sql"));
        }
        return url;
    }
}
