package dev.schemaverify.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.report.ConsoleReport;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects whose deparse PostgreSQL does not reproduce when it parses it again: inspect writes the
 * database's text into the contract, and strict verify of the same database must still find nothing.
 */
class SameSpellingIT {
    @TempDir
    Path folder;

    private static final String SCHEMA = """
            CREATE TABLE orders (
              id integer PRIMARY KEY,
              state varchar(10) NOT NULL CONSTRAINT orders_state_check CHECK (state IN ('new', 'paid')),
              tenant text
            );
            CREATE INDEX orders_open ON orders (id) WHERE state IN ('new', 'paid');
            ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
            CREATE POLICY orders_paid ON orders USING (state IN ('paid', 'new') AND tenant IN ('a', 'b'));
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW
              WHEN (NEW.state IN ('new', 'paid')) EXECUTE FUNCTION touch();
            CREATE VIEW numbers AS SELECT id FROM orders WHERE id IN (SELECT 1 UNION SELECT NULL);
            """;

    /** The contract's text is shown as PostgreSQL parses it: the database's once more through the parser. */
    @Test
    void aDifferentListIsStillDrift() throws Exception {
        String url = TestDatabases.createDatabase("spelling");
        try (Connection connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(true);
            SqlScripts.execute(connection, SCHEMA, "spelling.sql", 0);
            RoundTrip.inspect(url, folder);
            SqlScripts.execute(connection, """
                    ALTER TABLE orders DROP CONSTRAINT orders_state_check;
                    ALTER TABLE orders ADD CONSTRAINT orders_state_check CHECK (state IN ('new', 'void'));
                    """, "drift.sql", 0);
        }
        assertEquals("schema-contract.yaml:23:11: error [changed-check-constraint] check constraint"
                + " public.orders.orders_state_check: expression expected '((state)::text = ANY (ARRAY[('new'::character"
                + " varying)::text, ('paid'::character varying)::text]))', found '((state)::text = ANY ((ARRAY['new'::character"
                + " varying, 'void'::character varying])::text[]))'",
                String.join("\n", RoundTrip.verify(url, folder).findings().stream().map(ConsoleReport::line).toList()));
    }

    @Test
    void listsOnVarcharColumnsAndNullsOfSubSelectsAreNotDrift() throws Exception {
        String url = TestDatabases.createDatabase("spelling");
        try (Connection connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(true);
            SqlScripts.execute(connection, SCHEMA, "spelling.sql", 0);
        }
        assertEquals("", String.join("\n", RoundTrip.inspectThenVerify(url, folder).findings().stream()
                .map(ConsoleReport::line).toList()));
    }
}
