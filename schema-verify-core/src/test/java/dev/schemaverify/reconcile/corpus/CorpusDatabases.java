package dev.schemaverify.reconcile.corpus;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.report.ConsoleReport;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** Fresh databases of the shared test server, built from a corpus script and inspected whole. */
final class CorpusDatabases {
    private CorpusDatabases() {
    }

    /** A new database with {@code sql} applied statement by statement in autocommit mode. */
    static String create(String sql, String display) throws SQLException {
        String url = TestDatabases.createDatabase("corpus");
        try (Connection connection = TestDatabases.connect(url)) {
            apply(connection, sql, display);
        }
        return url;
    }

    /** Runs a script (a corpus file or a rendered reconciliation script) in autocommit mode. */
    static void apply(Connection connection, String sql, String display) throws SQLException {
        connection.setAutoCommit(true);
        SqlScripts.execute(connection, sql, display, 0);
    }

    /**
     * Drops a database made by {@link #create}. Every case makes two; kept, they would fill the shared
     * server's data directory (several megabytes each) and slow its shutdown at the end of the test JVM.
     */
    static void drop(String url) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        try (Connection admin = TestDatabases.server().getPostgresDatabase().getConnection()) {
            TestDatabases.execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    static Snapshot inspect(String url) throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            return inspect(connection);
        }
    }

    static Snapshot inspect(Connection connection) {
        return new Inspector(InspectOptions.allSchemas()).inspect(connection);
    }

    /** Findings one per line, as the console prints them. */
    static String lines(List<Finding> findings) {
        return findings.stream().map(ConsoleReport::line).collect(Collectors.joining("\n"));
    }
}
