package dev.schemaverify.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.migrate.MigrationStep;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tables and extensions pending statements use, read from the statements as a reviewer reads them. */
class PendingChangesTest {
    private static MigrationStep step(String location, String text) {
        return new MigrationStep() {
            public String version() { return "1"; }
            public String description() { return "d"; }
            public String location() { return location; }
            public String rollbackLocation() { return null; }
            public String checksum() { return "x"; }
            public boolean repeatable() { return false; }
            public boolean transactional() { return true; }
            public void apply(Connection connection) { }
            public void rollback(Connection connection) { }
            @Override
            public String forwardText() { return text; }
        };
    }

    private static List<String> render(List<PendingChanges.Use> uses) {
        return uses.stream().map(u -> u.location() + " " + u.name() + " " + u.display() + (u.ddl() ? " ddl" : " dml"))
                .toList();
    }

    @Test
    void tablesAreReadFromEachStatementKindWithQuotingAndFolding() {
        PendingChanges changes = PendingChanges.of(List.of(step("V2__x.sql", """
                -- a comment naming ALTER TABLE nothing
                ALTER TABLE IF EXISTS ONLY Public.Accounts ADD COLUMN email text;
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_email ON "Billing"."Invoice Lines" (email);
                CREATE INDEX ON orders (id);
                ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);
                DROP TABLE IF EXISTS old_a, public.old_b CASCADE;
                CREATE TRIGGER t BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION f();
                CREATE POLICY p ON accounts USING (true);
                INSERT INTO audit (id) VALUES (1);
                UPDATE ONLY accounts SET email = '';
                DELETE FROM public.audit;
                TRUNCATE TABLE audit;
                SELECT 1;
                """)));

        assertEquals(List.of(
                "V2__x.sql:2:1 \"public\".\"accounts\" public.accounts ddl",
                "V2__x.sql:3:1 \"Billing\".\"Invoice Lines\" Billing.Invoice Lines ddl",
                "V2__x.sql:4:1 \"orders\" orders ddl",
                "V2__x.sql:5:1 \"orders\" orders ddl",
                "V2__x.sql:5:1 \"accounts\" accounts ddl",
                "V2__x.sql:6:1 \"old_a\" old_a ddl",
                "V2__x.sql:6:1 \"public\".\"old_b\" public.old_b ddl",
                "V2__x.sql:7:1 \"public\".\"accounts\" public.accounts ddl",
                "V2__x.sql:8:1 \"accounts\" accounts ddl",
                "V2__x.sql:9:1 \"audit\" audit dml",
                "V2__x.sql:10:1 \"accounts\" accounts dml",
                "V2__x.sql:11:1 \"public\".\"audit\" public.audit dml",
                "V2__x.sql:12:1 \"audit\" audit ddl"), render(changes.tables()));
    }

    @Test
    void extensionsAndUnreadMigrations() {
        PendingChanges changes = PendingChanges.of(List.of(
                step("V3__ext.sql", "CREATE EXTENSION IF NOT EXISTS pgcrypto;\ncreate extension \"uuid-ossp\" SCHEMA public;"),
                step("changelog.xml::2::me", null)));

        assertEquals(List.of("V3__ext.sql:1:1 pgcrypto pgcrypto ddl", "V3__ext.sql:2:1 uuid-ossp uuid-ossp ddl"),
                render(changes.extensions()));
        assertEquals(List.of("migration changelog.xml::2::me: not SQL text, so the tables it locks and the extensions"
                + " it needs are not known"), changes.unread());
    }

    @Test
    void aDriftFindingIsExpectedOnlyWhereAPendingStatementNamesIt() {
        PendingChanges changes = PendingChanges.of(List.of(step("V2__email.sql",
                "ALTER TABLE accounts ADD COLUMN email text;\nCREATE TABLE audit (id int, note text DEFAULT 'name');\n"
                        + "CREATE EXTENSION citext;")));

        assertEquals("V2__email.sql:1:1", changes.changing("table public.accounts", "column", "public.accounts.email")
                .location());
        assertEquals(null, changes.changing("table public.accounts", "column", "public.accounts.name"));
        assertEquals("V2__email.sql:1:1", changes.changing("table public.accounts", "table", "public.accounts")
                .location());
        assertEquals("V2__email.sql:2:1", changes.changing("table public.audit", "column", "public.audit.note")
                .location());
        // 'name' is a string there, not an identifier
        assertEquals(null, changes.changing("table public.audit", "column", "public.audit.name"));
        assertEquals("V2__email.sql:3:1", changes.changing("extension citext", "extension", "citext").location());
        assertEquals(null, changes.changing("function public.f()", "function", "public.f()"));
    }
}
