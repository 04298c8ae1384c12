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
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.reconcile.ReconcileOptions;
import dev.schemaverify.reconcile.ReconcileScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owners and comments through the facade on a real database: inspect with both switched on writes them and
 * the contract's switches, strict verify of the same database is clean, a changed owner or comment is a
 * finding at the contract's line, diff's script changes them back, and with the switches off they are
 * listed as not verified instead of passing silently.
 */
class OwnersCommentsIT {
    private static final String SCHEMA = """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sv_it_owner') THEN CREATE ROLE sv_it_owner; END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sv_it_reader') THEN CREATE ROLE sv_it_reader; END IF;
            END $$;
            CREATE SCHEMA shop;
            COMMENT ON SCHEMA shop IS 'the shop';
            CREATE TYPE shop.mood AS ENUM ('sad', 'happy');
            COMMENT ON TYPE shop.mood IS 'how it feels';
            ALTER TYPE shop.mood OWNER TO sv_it_owner;
            CREATE TABLE shop.orders (id bigint PRIMARY KEY, note text, mood shop.mood);
            COMMENT ON TABLE shop.orders IS E'every order,\\none a row; it''s quoted';
            COMMENT ON COLUMN shop.orders.note IS 'free text';
            ALTER TABLE shop.orders OWNER TO sv_it_owner;
            CREATE SEQUENCE shop.tickets;
            COMMENT ON SEQUENCE shop.tickets IS 'tickets';
            ALTER SEQUENCE shop.tickets OWNER TO sv_it_reader;
            CREATE VIEW shop.big AS SELECT id FROM shop.orders WHERE id > 100;
            COMMENT ON VIEW shop.big IS 'big ones';
            ALTER VIEW shop.big OWNER TO sv_it_reader;
            CREATE MATERIALIZED VIEW shop.totals AS SELECT count(*) AS n FROM shop.orders;
            COMMENT ON MATERIALIZED VIEW shop.totals IS 'totals';
            CREATE FUNCTION shop.twice(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n * 2';
            COMMENT ON FUNCTION shop.twice(integer) IS 'doubles';
            ALTER FUNCTION shop.twice(integer) OWNER TO sv_it_owner;
            CREATE PROCEDURE shop.tidy() LANGUAGE sql AS 'SELECT 1';
            COMMENT ON PROCEDURE shop.tidy() IS 'tidies';
            """;

    @TempDir
    Path folder;

    private static String database() throws Exception {
        return ShopContracts.database("owners", SCHEMA);
    }

    private Path inspect(String url, boolean owners, boolean comments) throws Exception {
        return ShopContracts.inspect(folder, url, owners, comments);
    }

    @Test
    void inspectThenStrictVerifyWithOwnersAndCommentsIsClean() throws Exception {
        String url = database();
        Path contract = inspect(url, true, true);
        String yaml = Files.readString(contract);
        assertTrue(yaml.contains("compareOwners: true\ncompareComments: true\n"), yaml);
        assertTrue(yaml.contains("owner: sv_it_owner"), yaml);
        assertTrue(yaml.contains("comment: free text"), yaml);
        VerifyResult result = verify(url, contract);
        assertEquals("", findings(result));
        assertEquals(List.of(), result.notVerified());
    }

    @Test
    void aChangedOwnerOrCommentIsAFindingAtTheContractLineAndDiffChangesItBack() throws Exception {
        String url = database();
        Path contract = inspect(url, true, true);
        List<String> lines = Files.readAllLines(contract);
        int orders = lines.indexOf("      orders:") + 1;
        int note = 1 + lines.stream().filter(line -> line.startsWith("          note: ")).findFirst()
                .map(lines::indexOf).orElseThrow();
        execute(url, """
                ALTER TABLE shop.orders OWNER TO sv_it_reader;
                COMMENT ON COLUMN shop.orders.note IS NULL;
                COMMENT ON FUNCTION shop.twice(integer) IS 'triples';
                """);
        String found = findings(verify(url, contract));
        assertTrue(found.contains("schema-contract.yaml:" + orders + ":7: error [changed-table] table shop.orders:"
                + " owner expected 'sv_it_owner', found 'sv_it_reader'"), found);
        assertTrue(found.contains("schema-contract.yaml:" + note + ":11: error [changed-column] column"
                + " shop.orders.note: comment expected 'free text', found (none)"), found);
        assertTrue(found.contains("error [changed-function] function shop.twice(n integer): comment expected"
                + " 'doubles', found 'triples'"), found);
        assertEquals(3, found.split("\n").length, found);

        ReconcileResult diff = new SchemaVerifier().reconcile(new ReconcileRequest(
                new SchemaSource.ContractFile(contract, "schema-contract.yaml"), new SchemaSource.Database(target(url)),
                null, List.of(), new ReconcileOptions(false, false, false)));
        String script = ReconcileScript.render(diff.forward(), "database -> contract", false);
        assertTrue(script.contains("ALTER TABLE shop.orders OWNER TO sv_it_owner;"), script);
        assertTrue(script.contains("COMMENT ON COLUMN shop.orders.note IS 'free text';"), script);
        execute(url, script);
        execute(url, script); // a second run is harmless
        assertEquals("", findings(verify(url, contract)));
    }

    @Test
    void switchedOffOwnersAndCommentsAreListedAsNotVerified() throws Exception {
        String url = database();
        Path contract = inspect(url, false, false);
        String yaml = Files.readString(contract);
        assertTrue(!yaml.contains("comment") && !yaml.contains("compareOwners"), yaml);
        execute(url, "COMMENT ON TABLE shop.orders IS 'changed'; ALTER VIEW shop.big OWNER TO sv_it_owner;");
        VerifyResult result = verify(url, contract);
        assertEquals("", findings(result));
        assertEquals(List.of(
                "comment on 1 column (compareComments is off)",
                "comment on 1 enum (compareComments is off)",
                "comment on 1 function (compareComments is off)",
                "comment on 1 materialized view (compareComments is off)",
                "comment on 1 procedure (compareComments is off)",
                "comment on 1 schema (compareComments is off)",
                "comment on 1 sequence (compareComments is off)",
                "comment on 1 table (compareComments is off)",
                "comment on 1 view (compareComments is off)",
                "owner postgres of 2 objects (compareOwners is off)",
                "owner sv_it_owner of 4 objects (compareOwners is off)",
                "owner sv_it_reader of 1 object (compareOwners is off)"),
                result.notVerified().stream().map(NotVerified::toString).toList());
    }
}
