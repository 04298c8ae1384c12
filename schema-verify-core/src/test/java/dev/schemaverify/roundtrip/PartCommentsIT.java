package dev.schemaverify.roundtrip;

import static dev.schemaverify.roundtrip.ShopContracts.execute;
import static dev.schemaverify.roundtrip.ShopContracts.findings;
import static dev.schemaverify.roundtrip.ShopContracts.target;
import static dev.schemaverify.roundtrip.ShopContracts.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.ReconcileRequest;
import dev.schemaverify.api.ReconcileResult;
import dev.schemaverify.api.SchemaSource;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.reconcile.ReconcileOptions;
import dev.schemaverify.reconcile.ReconcileScript;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comments on constraints, indexes, policies and triggers through the facade on a real database: the
 * inspector reads them (in its bulk queries), inspect with compareComments writes them and strict verify of
 * the same database is clean, a changed one is a finding at its contract line that diff's script sets back,
 * and with compareComments off they are listed as not verified.
 */
class PartCommentsIT {
    private static final String SCHEMA = """
            CREATE SCHEMA shop;
            CREATE TABLE shop.customers (id integer CONSTRAINT customers_pkey PRIMARY KEY, email text UNIQUE);
            CREATE TABLE shop.orders (
                id integer PRIMARY KEY,
                customer_id integer CONSTRAINT orders_customer_fk REFERENCES shop.customers (id),
                total numeric CONSTRAINT orders_total_check CHECK (total >= 0)
            );
            CREATE INDEX orders_customer_idx ON shop.orders (customer_id);
            ALTER TABLE shop.orders ENABLE ROW LEVEL SECURITY;
            CREATE POLICY orders_read ON shop.orders FOR SELECT USING (true);
            CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
            CREATE TRIGGER orders_touch BEFORE UPDATE ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch();
            CREATE MATERIALIZED VIEW shop.totals AS SELECT customer_id, sum(total) AS total FROM shop.orders GROUP BY 1;
            CREATE UNIQUE INDEX totals_customer_idx ON shop.totals (customer_id);
            COMMENT ON CONSTRAINT customers_pkey ON shop.customers IS 'one row a customer';
            COMMENT ON CONSTRAINT customers_email_key ON shop.customers IS 'login name';
            COMMENT ON CONSTRAINT orders_customer_fk ON shop.orders IS 'who ordered';
            COMMENT ON CONSTRAINT orders_total_check ON shop.orders IS E'no negative totals;\\nrefunds are separate';
            COMMENT ON INDEX shop.orders_customer_idx IS 'orders of a customer';
            COMMENT ON POLICY orders_read ON shop.orders IS 'everyone reads';
            COMMENT ON TRIGGER orders_touch ON shop.orders IS 'it''s a touch';
            COMMENT ON INDEX shop.totals_customer_idx IS 'for REFRESH CONCURRENTLY';
            """;

    @TempDir
    Path folder;

    private static String database() throws Exception {
        return ShopContracts.database("partcomments", SCHEMA);
    }

    private Path inspect(String url, boolean owners, boolean comments) throws Exception {
        return ShopContracts.inspect(folder, url, owners, comments);
    }

    private static int lineOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripLeading().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in the contract");
    }

    @Test
    void theInspectorReadsEveryPartsComment() throws Exception {
        String url = database();
        Snapshot snapshot;
        try (Connection connection = TestDatabases.connect(url)) {
            snapshot = new Inspector(InspectOptions.allSchemas()).inspect(connection);
        }
        List<String> comments = new ArrayList<>();
        for (String name : List.of("customers", "orders")) {
            Table table = snapshot.table(new QualifiedName("shop", name));
            table.parts().stream().filter(part -> part.comment() != null)
                    .forEach(part -> comments.add(table.partPath(part) + " (" + part.kind() + "): " + part.comment()));
        }
        snapshot.views().forEach(view -> view.indexes().forEach(index -> comments.add(view.indexPath(index) + ": "
                + index.comment())));
        assertEquals(List.of(
                "shop.customers (primary key): one row a customer",
                "shop.customers.customers_email_key (unique constraint): login name",
                "shop.orders.orders_customer_fk (foreign key): who ordered",
                "shop.orders.orders_total_check (check constraint): no negative totals;\nrefunds are separate",
                "shop.orders.orders_customer_idx (index): orders of a customer",
                "shop.orders.orders_read (policy): everyone reads",
                "shop.orders.orders_touch (trigger): it's a touch",
                "shop.totals.totals_customer_idx: for REFRESH CONCURRENTLY"), comments);
    }

    @Test
    void inspectThenStrictVerifyIsCleanAndAChangedCommentIsFoundAndSetBack() throws Exception {
        String url = database();
        Path contract = inspect(url, false, true);
        assertEquals("", findings(verify(url, contract)));
        List<String> lines = Files.readAllLines(contract);
        int check = lineOf(lines, "orders_total_check:");
        int trigger = lineOf(lines, "orders_touch:");
        execute(url, """
                COMMENT ON CONSTRAINT orders_total_check ON shop.orders IS 'changed';
                COMMENT ON TRIGGER orders_touch ON shop.orders IS NULL;
                COMMENT ON POLICY orders_read ON shop.orders IS NULL;
                COMMENT ON INDEX shop.totals_customer_idx IS 'stray';
                """);
        String found = findings(verify(url, contract));
        assertTrue(found.contains("schema-contract.yaml:" + check + ":11: error [changed-check-constraint] check"
                + " constraint shop.orders.orders_total_check: comment differs at line 1: expected 'no negative totals;',"
                + " found 'changed'"), found);
        assertTrue(found.contains("schema-contract.yaml:" + trigger + ":11: error [changed-trigger] trigger"
                + " shop.orders.orders_touch: comment expected 'it's a touch', found (none)"), found);
        assertTrue(found.contains("error [changed-policy] policy shop.orders.orders_read: comment expected"
                + " 'everyone reads', found (none)"), found);
        assertTrue(found.contains("error [changed-index] index shop.totals.totals_customer_idx: comment expected"
                + " 'for REFRESH CONCURRENTLY', found 'stray'"), found);
        assertEquals(4, errors(found), found);

        ReconcileResult diff = new SchemaVerifier().reconcile(new ReconcileRequest(
                new SchemaSource.ContractFile(contract, "schema-contract.yaml"), new SchemaSource.Database(target(url)),
                null, List.of(), new ReconcileOptions(false, false, false)));
        String script = ReconcileScript.render(diff.forward(), "database -> contract", false);
        assertTrue(script.contains("COMMENT ON TRIGGER orders_touch ON shop.orders IS 'it''s a touch';"), script);
        assertTrue(script.contains("COMMENT ON POLICY orders_read ON shop.orders IS 'everyone reads';"), script);
        assertTrue(script.contains("COMMENT ON INDEX shop.totals_customer_idx IS 'for REFRESH CONCURRENTLY';"), script);
        execute(url, script);
        execute(url, script); // a second run is harmless
        assertEquals("", findings(verify(url, contract)));
    }

    private static int errors(String found) {
        return (int) found.lines().filter(line -> line.contains(" error [")).count();
    }

    @Test
    void switchedOffPartCommentsAreListedAsNotVerified() throws Exception {
        String url = database();
        Path contract = inspect(url, false, false);
        execute(url, "COMMENT ON INDEX shop.orders_customer_idx IS 'changed';");
        VerifyResult result = verify(url, contract);
        assertEquals("", findings(result));
        assertEquals(List.of(
                "comment on 1 check constraint (compareComments is off)",
                "comment on 1 foreign key (compareComments is off)",
                "comment on 1 policy (compareComments is off)",
                "comment on 1 primary key (compareComments is off)",
                "comment on 1 trigger (compareComments is off)",
                "comment on 1 unique constraint (compareComments is off)",
                "comment on 2 indexes (compareComments is off)"),
                result.notVerified().stream().map(NotVerified::toString).toList());
    }
}
