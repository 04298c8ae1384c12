package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InspectorIT {
    private static String url;
    private static Snapshot snapshot;

    @BeforeAll
    static void inspectFullSchema() throws Exception {
        url = Fixtures.fullSchemaDatabase("inspect");
        try (Connection connection = TestDatabases.connect(url)) {
            snapshot = new Inspector(InspectOptions.allSchemas()).inspect(connection);
        }
    }

    private static QualifiedName q(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    private static Table table(String schema, String name) {
        Table table = snapshot.table(q(schema, name));
        assertNotNull(table, schema + "." + name);
        return table;
    }

    @Test
    void extensionsSchemasEnumsAndSequences() {
        assertEquals(List.of(new Extension("pgcrypto", "public", "1.3", null),
                new Extension("uuid-ossp", "public", "1.1", null)), snapshot.extensions());
        assertEquals(List.of(new Schema("auth", "postgres", null, List.of(), List.of()), new Schema("public",
                "pg_database_owner", null, List.of(new Grant("PUBLIC", List.of("USAGE"), null, List.of())), List.of())),
                snapshot.schemas());
        assertEquals(List.of(new EnumType(q("public", "mood"), List.of("sad", "meh", "ok", "happy"), null, "postgres",
                null)),
                snapshot.enums());
        assertEquals(List.of(
                new Sequence(q("auth", "sessions_id_seq"), "bigint", 1L, 1L, 1L, Long.MAX_VALUE, 1L, false, null,
                        "auth.sessions.id", List.of(), "postgres", null),
                new Sequence(q("public", "invoice_no"), "integer", 1000L, 5L, 10L, 999999L, 2L, true, null, "NONE",
                        List.of(), "postgres", null)),
                snapshot.sequences());
    }

    @Test
    void tablesAreOrdinaryAndPartitionedTablesAndPartitions() {
        assertEquals(List.of("auth.sessions", "public.bookings", "public.events", "public.events_2024", "public.orders",
                "public.users"), snapshot.tables().stream().map(Table::path).toList());
        assertEquals("RANGE (happened_on)", table("public", "events").partitionBy());
        assertEquals(q("public", "events"), table("public", "events_2024").partitionOf());
        assertEquals("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", table("public", "events_2024").partitionBound());
        assertEquals(List.of(), table("public", "events_2024").columns(), "a partition's columns are its parent's");
        assertEquals(List.of(), table("public", "events_2024").indexes(), "its part of the parent's index is the parent's");
        assertEquals(Boolean.TRUE, table("public", "orders").rlsEnabled());
        assertEquals(Boolean.TRUE, table("public", "orders").rlsForced());
        assertEquals(Boolean.TRUE, table("public", "users").rlsEnabled());
        assertEquals(Boolean.FALSE, table("public", "users").rlsForced());
        assertEquals(Boolean.FALSE, table("auth", "sessions").rlsEnabled());
    }

    @Test
    void columnsInDeclaredOrderWithDeparsedTypesAndDefaults() {
        assertEquals(List.of(
                new Column("id", "bigint", false, null, "ALWAYS", null, null, null,
                        new IdentityOptions(1L, 1L, 1L, Long.MAX_VALUE, 1L, false, "orders_id_seq")),
                new Column("seq", "integer", false, null, "BY DEFAULT", null, null, null,
                        new IdentityOptions(1L, 1L, 1L, (long) Integer.MAX_VALUE, 1L, false, "orders_seq_seq")),
                new Column("user_id", "uuid", true, null, null, null, null),
                new Column("invoice", "integer", true, "nextval('public.invoice_no'::regclass)", null, null, null),
                new Column("price", "numeric(10,2)", false, null, null, null, null),
                new Column("quantity", "integer", false, "1", null, null, null),
                new Column("total", "numeric", true, null, null, "(price * (quantity)::numeric)", null),
                new Column("tags", "text[]", false, "'{}'::text[]", null, null, null),
                new Column("legacy_id", "uuid", true, "public.uuid_generate_v4()", null, null, null)),
                table("public", "orders").columns());
        assertEquals(List.of(
                new Column("id", "uuid", false, "gen_random_uuid()", null, null, null),
                new Column("email", "character varying(20)", false, null, null, null, null),
                new Column("full_name", "text", true, null, null, null, null),
                new Column("mood", "public.mood", true, "'ok'::public.mood", null, null, null),
                new Column("created_at", "timestamp with time zone", false, "now()", null, null, null),
                new Column("deleted_at", "timestamp with time zone", true, null, null, null, null)),
                table("public", "users").columns());
        assertEquals("nextval('auth.sessions_id_seq'::regclass)",
                table("auth", "sessions").column("id").defaultValue());
    }

    @Test
    void constraints() {
        Table orders = table("public", "orders");
        assertEquals(new PrimaryKey("orders_pkey", List.of("id"), null, false, false), orders.primaryKey());
        assertEquals(List.of(new UniqueConstraint("orders_invoice_user_key", List.of("invoice", "user_id"), null,
                false, false)), orders.uniqueConstraints());
        assertEquals(List.of(new ForeignKey("orders_user_fk", List.of("user_id"), q("public", "users"), List.of("id"),
                "CASCADE", "SET NULL", true, true, null, true, List.of())), orders.foreignKeys());
        assertEquals(List.of(new CheckConstraint("orders_price_check", "(price > (0)::numeric)", null, true, false)),
                orders.checks());
        assertEquals(List.of(new CheckConstraint("users_email_check", "((email)::text ~~ '%@%'::text)", null, true,
                false)), table("public", "users").checks());
        assertEquals(List.of(new ForeignKey("sessions_user_id_fkey", List.of("user_id"), q("public", "users"),
                List.of("id"), "RESTRICT", "NO ACTION", false, false, null, true, List.of())),
                table("auth", "sessions").foreignKeys());
    }

    @Test
    void indexesLeaveOutConstraintIndexes() {
        assertEquals(List.of(
                new Index("orders_tags_idx", false, "gin", List.of("tags"), List.of(), null, null),
                new Index("orders_user_id_idx", false, "btree", List.of("user_id", "id DESC"),
                        List.of("price", "quantity"), null, null)),
                table("public", "orders").indexes());
        assertEquals(List.of(new Index("users_lower_email_idx", true, "btree", List.of("lower(email::text)"),
                List.of(), "deleted_at IS NULL", null)), table("public", "users").indexes());
        assertEquals(List.of(), table("public", "bookings").indexes(), "the exclusion constraint's index");
        assertEquals(List.of("events_happened_on_idx"),
                table("public", "events").indexes().stream().map(Index::name).toList());
    }

    @Test
    void policies() {
        assertEquals(List.of(
                new Policy("orders_insert_own", true, "INSERT", List.of("authenticated"), null,
                        "(auth.uid() = user_id)", null),
                new Policy("orders_no_delete", false, "DELETE", List.of("public"), "false", null, null),
                new Policy("orders_select_own", true, "SELECT", List.of("authenticated"), "(auth.uid() = user_id)",
                        null, null),
                new Policy("orders_update_own", true, "UPDATE", List.of("anon", "authenticated"),
                        "(auth.uid() = user_id)", "(price > (0)::numeric)", null)),
                table("public", "orders").policies());
        assertEquals(List.of(new Policy("users_self", true, "ALL", List.of("public"), "(id = auth.uid())", null, null)),
                table("public", "users").policies());
    }

    @Test
    void triggersWithDecodedTypeAndWhenCondition() {
        assertEquals(List.of(new Trigger("orders_audit", "AFTER", List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE"),
                "STATEMENT", "public.audit", null, null, List.of(), List.of(), false, false, false)),
                table("public", "orders").triggers());
        assertEquals(List.of(new Trigger("users_touch", "BEFORE", List.of("UPDATE"), "ROW", "public.touch",
                "((old.email)::text IS DISTINCT FROM (new.email)::text)", null, List.of(), List.of(), false, false,
                false)), table("public", "users").triggers());
    }

    @Test
    void grantsLeaveOutTheOwner() {
        assertEquals(List.of(new Grant("PUBLIC", List.of("SELECT"), null, List.of()),
                new Grant("authenticated", List.of("INSERT", "SELECT", "UPDATE"), null, List.of())),
                table("public", "orders").grants());
        assertEquals(List.of(new Grant("anon", List.of("SELECT"), null, List.of())), table("public", "users").grants());
        assertEquals(List.of(), table("auth", "sessions").grants());
    }

    @Test
    void viewsAndMaterializedViews() {
        assertEquals(List.of(
                new View(q("public", "active_users"), false,
                        "SELECT id,\n    email\n   FROM public.users\n  WHERE deleted_at IS NULL;", null, null,
                        List.of(), null, "postgres", null),
                new View(q("public", "order_totals"), true,
                        "SELECT user_id,\n    sum(total) AS total\n   FROM public.orders\n  GROUP BY user_id;", null,
                        null, List.of(), List.of(), "postgres", null)),
                snapshot.views());
    }

    @Test
    void routinesWithoutExtensionFunctionsOrAggregates() {
        assertEquals(List.of("auth.uid()", "public.add(a integer, b integer)", "public.add(a numeric, b numeric)",
                "public.archive_user(IN p_user uuid)", "public.audit()", "public.order_count(p_user uuid)",
                "public.touch()"), snapshot.routines().stream().map(Routine::signature).toList());
        Routine orderCount = routine("public.order_count(p_user uuid)");
        assertEquals(new Routine(q("public", "order_count"), "p_user uuid", false, "bigint", "sql", "STABLE", true,
                List.of("search_path=public, pg_temp"), " SELECT count(*) FROM orders WHERE user_id = p_user ", null,
                "p_user uuid", false, false, "UNSAFE", "100", null,
                List.of(new Grant("PUBLIC", List.of("EXECUTE"), null, List.of())), List.of(), "postgres", null),
                orderCount);
        assertEquals(new Routine(q("public", "add"), "a integer, b integer", false, "integer", "sql", "IMMUTABLE",
                false, List.of(), "RETURN (a + b)", null, "a integer, b integer", false, false, "UNSAFE", "100", null,
                List.of(new Grant("PUBLIC", List.of("EXECUTE"), null, List.of())), List.of(), "postgres", null),
                routine("public.add(a integer, b integer)"));
        assertEquals("SELECT a + b", routine("public.add(a numeric, b numeric)").body());
        assertEquals(new Routine(q("public", "archive_user"), "IN p_user uuid", true, null, "plpgsql", "VOLATILE",
                false, List.of(), "BEGIN UPDATE users SET deleted_at = now() WHERE id = p_user; END", null,
                "IN p_user uuid", null, null, null, null, null,
                List.of(new Grant("PUBLIC", List.of("EXECUTE"), null, List.of())), List.of(), "postgres", null),
                routine("public.archive_user(IN p_user uuid)"));
        assertEquals("trigger", routine("public.touch()").returns());
        assertTrue(snapshot.routines().stream().noneMatch(r -> r.name().name().equals("gen_random_uuid")
                || r.name().name().startsWith("uuid_generate")), "extension-owned functions are left out");
    }

    private static Routine routine(String signature) {
        return snapshot.routines().stream().filter(r -> r.signature().equals(signature)).findFirst().orElseThrow();
    }

    @Test
    void objectsTheModelDoesNotCoverAreListed() {
        assertEquals(List.of(
                new NotVerified("aggregate", "public.total_sum(numeric)"),
                new NotVerified("composite type", "public.money_pair"),
                new NotVerified("domain", "public.email_address"),
                new NotVerified("exclusion constraint", "public.bookings.bookings_during_excl"),
                new NotVerified("rule", "public.users.users_no_delete")),
                snapshot.notVerified());
    }

    @Test
    void systemSchemasAreNeverRead() {
        assertFalse(snapshot.schemas().stream().anyMatch(s -> s.name().startsWith("pg_")
                || s.name().equals("information_schema")));
        assertTrue(snapshot.routines().stream().allMatch(r -> List.of("auth", "public").contains(r.name().schema())));
    }

    @Test
    void includeAndExcludeSelectSchemas() throws Exception {
        try (Connection connection = TestDatabases.connect(url)) {
            Snapshot onlyAuth = new Inspector(new InspectOptions(List.of("auth"), List.of())).inspect(connection);
            assertEquals(List.of(new Schema("auth", "postgres", null, List.of(), List.of())), onlyAuth.schemas());
            assertEquals(List.of("auth.sessions"), onlyAuth.tables().stream().map(Table::path).toList());
            assertEquals(List.of("auth.uid()"), onlyAuth.routines().stream().map(Routine::signature).toList());
            assertEquals(List.of(), onlyAuth.views());
            assertEquals(List.of(), onlyAuth.notVerified());
            assertEquals(2, onlyAuth.extensions().size(), "extensions are database-wide");

            Snapshot withoutPublic = new Inspector(new InspectOptions(List.of(), List.of("public"))).inspect(connection);
            assertEquals(List.of("auth"), withoutPublic.schemas().stream().map(Schema::name).toList());
            assertEquals(List.of("auth.sessions_id_seq"),
                    withoutPublic.sequences().stream().map(Sequence::path).toList());

            Snapshot systemOnly = new Inspector(new InspectOptions(List.of("pg_catalog", "information_schema"),
                    List.of())).inspect(connection);
            assertEquals(List.of(), systemOnly.schemas());
            assertEquals(List.of(), systemOnly.tables());
        }
    }

    @Test
    void runsAFixedNumberOfStatementsWhateverTheSchemaSize() throws Exception {
        String small = TestDatabases.createDatabase("inspect_small");
        String large = TestDatabases.createDatabase("inspect_large");
        try (Connection one = TestDatabases.connect(small); Connection many = TestDatabases.connect(large)) {
            TestDatabases.execute(one, manyTables(1));
            TestDatabases.execute(many, manyTables(200));
            CatalogQueries oneQueries = new CatalogQueries(one);
            CatalogQueries manyQueries = new CatalogQueries(many);
            Snapshot oneSnapshot = new Inspector(InspectOptions.allSchemas()).inspect(oneQueries);
            Snapshot manySnapshot = new Inspector(InspectOptions.allSchemas()).inspect(manyQueries);
            assertEquals(1, oneSnapshot.tables().size());
            assertEquals(200, manySnapshot.tables().size());
            assertEquals(2, manySnapshot.tables().get(199).indexes().size() + manySnapshot.tables().get(199).checks().size());
            // 3 session statements (savepoint, read-only, search_path and jit) + 16 catalog queries
            assertEquals(19, oneQueries.statementCount());
            assertEquals(oneQueries.statementCount(), manyQueries.statementCount());
        }
    }

    private static String manyTables(int count) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, name text CHECK (name <> ''));\n")
                    .append("CREATE INDEX t").append(i).append("_name_idx ON t").append(i).append(" (name);\n");
        }
        return sql.toString();
    }

    @Test
    void neverChangesTheDatabaseAndRestoresTheConnection() throws Exception {
        try (Connection connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(true);
            new Inspector(InspectOptions.allSchemas()).inspect(connection);
            assertTrue(connection.getAutoCommit());
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT current_setting('search_path'), "
                            + "current_setting('transaction_read_only')")) {
                rs.next();
                assertEquals("\"$user\", public", rs.getString(1));
                assertEquals("off", rs.getString(2));
            }

            connection.setAutoCommit(false);
            TestDatabases.execute(connection, "CREATE TABLE public.pending (id int)");
            Snapshot inTransaction = new Inspector(InspectOptions.allSchemas()).inspect(connection);
            assertNotNull(inTransaction.table(q("public", "pending")), "sees the caller's open transaction");
            TestDatabases.execute(connection, "INSERT INTO public.pending VALUES (1)");
            connection.rollback();
            assertFalse(connection.getAutoCommit());
        }
    }

    @Test
    void failuresNameWhatFailed() throws Exception {
        Connection closed = TestDatabases.connect(url);
        closed.close();
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new Inspector(InspectOptions.allSchemas()).inspect(closed));
        assertEquals(ErrorCode.CONNECTION, e.code());
        assertTrue(e.getMessage().startsWith("starting a transaction failed: "), e.getMessage());
    }

    @Test
    void whenClauseIsCutOutOfTheDefinitionRespectingQuotes() {
        assertEquals("(new.\"WHEN (x\" > ')''(')", TriggerDefinitions.when(
                "CREATE TRIGGER \"a WHEN (b\" BEFORE UPDATE ON public.t FOR EACH ROW "
                        + "WHEN ((new.\"WHEN (x\" > ')''(')) EXECUTE FUNCTION public.f()"));
        assertNull(TriggerDefinitions.when("CREATE TRIGGER t AFTER INSERT ON public.t FOR EACH ROW "
                + "EXECUTE FUNCTION public.f('WHEN (')"));
    }
}
