package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a schema of {@link CatalogReader#COLUMNS_BESIDE_FROM} tables or more, the columns are read in a second
 * session while the first reads the rest: the snapshot is the one a single session reads, the second session
 * is opened once and closed, a second session that cannot be opened costs nothing but the time, and neither
 * a small schema nor a repeatable-read inspection (one snapshot a second session could not share) opens one.
 */
class ColumnsBesideIT {
    private static String url;
    private static Snapshot single;

    @BeforeAll
    static void createDatabase() throws SQLException {
        url = TestDatabases.createDatabase("beside");
        try (Connection connection = TestDatabases.connect(url)) {
            StringBuilder ddl = new StringBuilder("CREATE SCHEMA app; CREATE TYPE app.mood AS ENUM ('ok', 'sad');");
            for (int i = 0; i < CatalogReader.COLUMNS_BESIDE_FROM + 20; i++) {
                ddl.append("CREATE TABLE app.t").append(i).append(" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " name text NOT NULL DEFAULT 'x', mood app.mood, at timestamptz DEFAULT now());");
            }
            // a child's inherited column is the parent's; its own column is its own
            ddl.append("CREATE TABLE app.child (extra integer) INHERITS (app.t0);");
            TestDatabases.execute(connection, ddl.toString());
            single = new Inspector(InspectOptions.allSchemas()).inspect(connection);
        }
    }

    @Test
    void aLargeSchemaReadsItsColumnsInASecondSessionAndTheSnapshotIsTheSame() throws SQLException {
        AtomicInteger opened = new AtomicInteger();
        List<Connection> sessions = new ArrayList<>();
        Supplier<Connection> beside = () -> {
            opened.incrementAndGet();
            try {
                Connection connection = TestDatabases.connect(url);
                sessions.add(connection);
                return connection;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        try (Connection connection = TestDatabases.connect(url)) {
            Snapshot read = new Inspector(InspectOptions.allSchemas()).inspect(connection, beside);
            assertEquals(single, read);
            assertEquals(1, opened.get(), "one second session");
            assertTrue(sessions.get(0).isClosed(), "the second session is closed after its query");
            Table child = read.tables().stream().filter(t -> t.name().name().equals("child")).findFirst().orElseThrow();
            assertEquals(List.of("extra"), child.columns().stream().map(c -> c.name()).toList());
            Table first = read.tables().stream().filter(t -> t.name().name().equals("t0")).findFirst().orElseThrow();
            assertEquals(List.of("id", "name", "mood", "at"), first.columns().stream().map(c -> c.name()).toList());
        }
    }

    @Test
    void aSecondSessionThatCannotOpenLeavesTheColumnsToTheFirst() throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            Snapshot read = new Inspector(InspectOptions.allSchemas()).inspect(connection, () -> {
                throw new IllegalStateException("too many connections");
            });
            assertEquals(single, read);
        }
    }

    @Test
    void aRepeatableReadInspectionKeepsItsOneSnapshotAndOpensNoSecondSession() throws SQLException {
        AtomicInteger opened = new AtomicInteger();
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "SET default_transaction_isolation TO 'repeatable read'");
            Snapshot read = new Inspector(InspectOptions.allSchemas()).inspect(connection, unwanted(opened));
            assertEquals(0, opened.get());
            assertEquals(single, read);
        }
    }

    @Test
    void aSmallSchemaNeverOpensASecondSession() throws SQLException {
        String small = TestDatabases.createDatabase("beside_small");
        AtomicInteger opened = new AtomicInteger();
        try (Connection connection = TestDatabases.connect(small)) {
            TestDatabases.execute(connection, "CREATE TABLE public.only_one (id integer PRIMARY KEY, note text)");
            Snapshot read = new Inspector(InspectOptions.allSchemas()).inspect(connection, unwanted(opened));
            assertEquals(0, opened.get());
            assertEquals(List.of("id", "note"), read.tables().get(0).columns().stream().map(c -> c.name()).toList());
        }
    }

    /** A second session that must not be asked for: counts the asks and refuses them. */
    private static Supplier<Connection> unwanted(AtomicInteger opened) {
        return () -> {
            opened.incrementAndGet();
            throw new IllegalStateException("not wanted");
        };
    }
}
