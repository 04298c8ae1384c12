package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.View;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContractNormalizerIT {
    private static final SourceRef SRC = new SourceRef("schema.yaml", 3, 5);
    private static String url;
    private static Snapshot actual;

    @BeforeAll
    static void createDatabase() throws Exception {
        url = Fixtures.fullSchemaDatabase("normalize");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, """
                    CREATE POLICY orders_own_user ON public.orders FOR SELECT
                        USING (EXISTS (SELECT 1 FROM public.users u WHERE u.id = orders.user_id));
                    CREATE TABLE public.notes (id int, at timestamptz DEFAULT CURRENT_TIMESTAMP);
                    """);
            actual = new Inspector(InspectOptions.allSchemas()).inspect(connection);
        }
    }

    private static QualifiedName q(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    private static Column column(String name, String type, String defaultValue) {
        return new Column(name, type, null, defaultValue, null, null, SRC);
    }

    private static Table table(QualifiedName name, List<Column> columns, List<CheckConstraint> checks,
            List<Index> indexes, List<Policy> policies, List<Trigger> triggers) {
        return new Table(name, columns, null, null, null, checks, indexes, null, null, policies, triggers, null, SRC);
    }

    private static Snapshot contract() {
        Table users = table(q("public", "users"),
                List.of(column("id", "uuid", "gen_random_uuid()"), column("email", "varchar(20)", null),
                        column("mood", "mood", "'ok'"), column("created_at", "timestamptz", "now()")),
                List.of(new CheckConstraint("users_email_check", "email like '%@%'", SRC)),
                List.of(new Index("users_lower_email_idx", true, "BTREE", List.of("lower(email)"), null,
                        "deleted_at is null", SRC)),
                List.of(new Policy("users_self", null, null, null, "id = auth.uid()", null, SRC)),
                List.of(new Trigger("users_touch", "before", List.of("update"), "row", "touch",
                        "OLD.email IS DISTINCT FROM NEW.email", SRC)));
        Table orders = table(q("public", "orders"),
                List.of(column("id", "int8", null), column("invoice", "int4", "nextval('invoice_no')"),
                        column("price", "numeric(10, 2)", null), column("quantity", "int", "1"),
                        new Column("total", "numeric", null, null, null, "price * quantity", SRC),
                        column("tags", "text[]", "'{}'")),
                List.of(new CheckConstraint("orders_price_check", "price > 0", SRC),
                        new CheckConstraint("orders_typo_check", "price >> ", SRC)),
                List.of(new Index("orders_user_id_idx", null, "btree", List.of("user_id", "id desc"),
                        List.of("price", "quantity"), null, SRC),
                        new Index("orders_tags_idx", null, "gin", List.of("tags"), null, null, SRC)),
                List.of(new Policy("orders_update_own", true, "update", List.of("authenticated", "anon"),
                                "auth.uid() = user_id", "price > 0", SRC),
                        new Policy("orders_own_user", true, "SELECT", null,
                                "exists (select 1 from users u where u.id = orders.user_id)", null, SRC)),
                List.of());
        Table notes = table(q("public", "notes"), List.of(column("at", "timestamp with time zone", "current_timestamp")),
                null, null, null, null);
        Table planned = table(q("public", "planned"), List.of(column("n", "int", "0"), column("bad", "integr", null)),
                List.of(new CheckConstraint("planned_n_check", "n > 0", SRC)), null, null, null);
        return new Snapshot(null, null, null,
                List.of(new Sequence(q("public", "invoice_no"), "int", null, null, null, null, null, null, SRC)),
                List.of(notes, orders, planned, users),
                List.of(new View(q("public", "active_users"), false,
                        "select id, email\nfrom users\nwhere deleted_at is null;", SRC),
                        new View(q("public", "order_totals"), true,
                                "SELECT user_id, SUM(total) AS total FROM orders GROUP BY 1", SRC),
                        new View(q("public", "broken"), false, "select nope from nowhere", SRC)),
                List.of(new Routine(q("public", "order_count"), "p_user uuid", false, "int8", "SQL", "stable", true,
                                List.of("search_path=public, pg_temp"), "ignored", SRC),
                        new Routine(q("public", "add"), "a int, b int", null, "int", null, null, null, null, null, SRC),
                        new Routine(q("public", "archive_user"), "p_user uuid", true, null, null, null, null, null,
                                null, SRC)),
                null);
    }

    private static Snapshot normalized() throws Exception {
        try (Connection connection = TestDatabases.connect(url)) {
            return new ContractNormalizer().normalize(connection, contract());
        }
    }

    @Test
    void typesAndDefaultsDeparseLikeTheInspector() throws Exception {
        Snapshot snapshot = normalized();
        Table users = snapshot.table(q("public", "users"));
        Table realUsers = actual.table(q("public", "users"));
        for (Column column : users.columns()) {
            Column real = realUsers.column(column.name());
            assertEquals(real.type(), column.type(), column.name());
            assertEquals(real.defaultValue(), column.defaultValue(), column.name());
            assertEquals(SRC, column.source());
            assertEquals(null, column.nullable(), "undeclared stays undeclared");
        }
        assertEquals("character varying(20)", users.column("email").type());
        assertEquals("'ok'::public.mood", users.column("mood").defaultValue());
        Table orders = snapshot.table(q("public", "orders"));
        Table realOrders = actual.table(q("public", "orders"));
        for (Column column : orders.columns()) {
            Column real = realOrders.column(column.name());
            assertEquals(real.type(), column.type(), column.name());
            assertEquals(real.defaultValue(), column.defaultValue(), column.name());
            assertEquals(real.generated(), column.generated(), column.name());
        }
        assertEquals("nextval('public.invoice_no'::regclass)", orders.column("invoice").defaultValue());
        assertEquals("(price * (quantity)::numeric)", orders.column("total").generated());
        assertEquals(actual.table(q("public", "notes")).column("at").defaultValue(),
                snapshot.table(q("public", "notes")).column("at").defaultValue());
        assertEquals("integer", snapshot.sequences().get(0).dataType());
    }

    @Test
    void checksIndexesPoliciesAndTriggersDeparseLikeTheInspector() throws Exception {
        Snapshot snapshot = normalized();
        Table users = snapshot.table(q("public", "users"));
        Table realUsers = actual.table(q("public", "users"));
        assertEquals(realUsers.checks(), users.checks().stream()
                .map(c -> new CheckConstraint(c.name(), c.expression(), null, true, false)).toList());
        Index index = users.indexes().get(0);
        assertEquals(List.of("lower(email::text)"), index.keys());
        assertEquals("deleted_at IS NULL", index.predicate());
        assertEquals("btree", index.method());
        assertEquals(null, index.include());
        assertEquals("(id = auth.uid())", users.policies().get(0).using());
        assertEquals(new Trigger("users_touch", "BEFORE", List.of("UPDATE"), "ROW", "public.touch",
                realUsers.triggers().get(0).when(), SRC), users.triggers().get(0));

        Table orders = snapshot.table(q("public", "orders"));
        Table realOrders = actual.table(q("public", "orders"));
        assertEquals("(price > (0)::numeric)", orders.checks().get(0).expression());
        assertEquals("price >> ", orders.checks().get(1).expression(), "a bad expression keeps its text");
        Index userIndex = orders.indexes().get(0);
        Index realUserIndex = realOrders.indexes().stream().filter(i -> i.name().equals("orders_user_id_idx"))
                .findFirst().orElseThrow();
        assertEquals(realUserIndex.keys(), userIndex.keys());
        assertEquals(List.of("user_id", "id DESC"), userIndex.keys());
        assertEquals(realUserIndex.include(), userIndex.include());
        Policy update = orders.policies().get(0);
        assertEquals(new Policy("orders_update_own", true, "UPDATE", List.of("anon", "authenticated"),
                "(auth.uid() = user_id)", "(price > (0)::numeric)", SRC), update);
        Policy ownUser = orders.policies().get(1);
        Policy realOwnUser = realOrders.policies().stream().filter(p -> p.name().equals("orders_own_user"))
                .findFirst().orElseThrow();
        assertEquals(realOwnUser.using(), ownUser.using());
        assertTrue(ownUser.using().contains("orders.user_id"), ownUser.using());
    }

    @Test
    void tablesMissingFromTheContextUseTheContractTypes() throws Exception {
        Table planned = normalized().table(q("public", "planned"));
        assertEquals(List.of(new Column("n", "integer", null, "0", null, null, SRC),
                new Column("bad", "integr", null, null, null, null, SRC)), planned.columns());
        assertEquals("(n > 0)", planned.checks().get(0).expression());
    }

    @Test
    void viewsAndRoutinesDeparseLikeTheInspector() throws Exception {
        Snapshot snapshot = normalized();
        assertEquals(actual.views().get(0).definition(), snapshot.views().get(0).definition());
        assertEquals(actual.views().get(1).definition(), snapshot.views().get(1).definition());
        assertEquals(true, snapshot.views().get(1).materialized());
        assertEquals("select nope from nowhere", snapshot.views().get(2).definition());
        assertEquals(new Routine(q("public", "order_count"), "p_user uuid", false, "bigint", "sql", "STABLE", true,
                List.of("search_path=public, pg_temp"), "ignored", SRC), snapshot.routines().get(0));
        assertEquals(new Routine(q("public", "add"), "a integer, b integer", null, "integer", null, null, null, null,
                null, SRC), snapshot.routines().get(1));
        assertEquals("IN p_user uuid", snapshot.routines().get(2).arguments());
        assertEquals(null, snapshot.routines().get(2).returns());
    }

    @Test
    void leavesTheContextDatabaseAsItWas() throws Exception {
        String fingerprint = """
                SELECT (SELECT count(*) FROM pg_class) || '/' || (SELECT count(*) FROM pg_proc)
                    || '/' || (SELECT count(*) FROM pg_type) || '/' || (SELECT count(*) FROM pg_constraint)
                    || '/' || (SELECT count(*) FROM pg_trigger) || '/' || (SELECT count(*) FROM pg_policy)
                    || '/' || (SELECT count(*) FROM pg_attrdef) || '/' || (SELECT count(*) FROM pg_index)
                    || '/' || (SELECT count(*) FROM pg_depend) || '/' || (SELECT count(*) FROM pg_rewrite)
                """;
        try (Connection connection = TestDatabases.connect(url)) {
            String before = single(connection, fingerprint);
            Snapshot snapshot = new ContractNormalizer().normalize(connection, contract());
            assertEquals(4, snapshot.tables().size());
            assertEquals(before, single(connection, fingerprint));
            assertEquals("0", single(connection, "SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema()"));
            assertEquals("\"$user\", public", single(connection, "SELECT current_setting('search_path')"));
            assertTrue(connection.getAutoCommit());
        }
        try (Connection other = TestDatabases.connect(url)) {
            assertEquals("0", single(other, "SELECT count(*) FROM pg_class WHERE relname LIKE 'sv\\_norm\\_%'"));
        }
    }

    private static String single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
