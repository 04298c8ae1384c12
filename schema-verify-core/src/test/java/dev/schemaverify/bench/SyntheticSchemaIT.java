package dev.schemaverify.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's schema generator creates what it claims, so that the benchmark's numbers mean something. */
class SyntheticSchemaIT {

    @Test
    void createsTheObjectsItCounts() throws Exception {
        String url = TestDatabases.createDatabase("synthetic");
        try (Connection connection = TestDatabases.connect(url)) {
            SyntheticSchema.Counts counts = new SyntheticSchema(120).create(connection);

            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("tables", counts.tables);
            expected.put("columns", counts.columns);
            expected.put("foreign keys", counts.foreignKeys);
            expected.put("checks", counts.checks);
            expected.put("secondary indexes", counts.indexes);
            expected.put("tables with RLS", counts.rlsTables);
            expected.put("policies", counts.policies);
            expected.put("triggers", counts.triggers);
            expected.put("views", counts.views);
            expected.put("sequences", counts.sequences);
            expected.put("enums", counts.enums);

            Map<String, Integer> actual = new LinkedHashMap<>();
            String schemas = "('app', 'ledger')";
            actual.put("tables", count(connection, "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where c.relkind = 'r' and n.nspname in " + schemas));
            actual.put("columns", count(connection, "select count(*) from pg_attribute a join pg_class c on c.oid = a.attrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and a.attnum > 0"
                    + " and not a.attisdropped and n.nspname in " + schemas));
            actual.put("foreign keys", count(connection, "select count(*) from pg_constraint where contype = 'f'"
                    + " and connamespace::regnamespace::text in " + schemas));
            actual.put("checks", count(connection, "select count(*) from pg_constraint where contype = 'c'"
                    + " and connamespace::regnamespace::text in " + schemas));
            actual.put("secondary indexes", count(connection, "select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid"
                    + " where not i.indisprimary and c.relnamespace::regnamespace::text in " + schemas));
            actual.put("tables with RLS", count(connection, "select count(*) from pg_class where relrowsecurity"
                    + " and relnamespace::regnamespace::text in " + schemas));
            actual.put("policies", count(connection, "select count(*) from pg_policies where schemaname in " + schemas));
            actual.put("triggers", count(connection, "select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                    + " where not t.tgisinternal and c.relnamespace::regnamespace::text in " + schemas));
            actual.put("views", count(connection, "select count(*) from pg_views where schemaname in " + schemas));
            actual.put("sequences", count(connection, "select count(*) from pg_sequences where schemaname in " + schemas
                    + " and sequencename like 'seq\\_%'"));
            actual.put("enums", count(connection, "select count(*) from pg_type where typtype = 'e'"
                    + " and typnamespace::regnamespace::text in " + schemas));

            assertEquals(expected, actual);
            assertEquals(120, counts.tables);
            assertEquals(80, counts.rlsTables);
            assertEquals(12, counts.views);
            assertEquals(2, counts.sequences);
        }
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
