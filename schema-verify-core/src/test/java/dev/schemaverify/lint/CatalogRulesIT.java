package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Security and slow-schema rules on the migrated catalog, in the Supabase style (anon, authenticated, auth.uid()). */
class CatalogRulesIT {
    static final String ROLES = "DO $$ BEGIN\n"
            + "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;\n"
            + "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;\n"
            + "END $$;\n"
            + "CREATE SCHEMA auth;\n"
            + "CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('request.jwt.claim.sub', true), '')::uuid $$;\n";
    private static final Set<String> SECURITY = Set.of("rls-policies-but-disabled", "rls-enabled-no-policy",
            "api-role-without-rls", "security-definer-search-path", "extension-in-public");
    private static final Set<String> SLOW = Set.of("fk-without-index", "duplicate-index", "table-without-primary-key");

    @Test
    void insecureTablesAndFunctionsAreReported() {
        assertEquals(List.of(
                "warning [extension-in-public] extension pgcrypto is installed in schema public",
                "error [security-definer-search-path] SECURITY DEFINER function public.is_admin(uid uuid) has no fixed"
                        + " search_path; add SET search_path to it",
                "error [api-role-without-rls] table public.notes grants SELECT to anon, authenticated but has no"
                        + " row-level security",
                "error [rls-policies-but-disabled] table public.notes has 1 policy but row-level security is disabled,"
                        + " so they do nothing",
                "warning [rls-enabled-no-policy] table public.profiles has row-level security enabled but no policy:"
                        + " no role but its owner sees a row"),
                LintFixture.lint(SECURITY, ROLES + "CREATE EXTENSION pgcrypto;\n"
                        + "CREATE TABLE notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner uuid, body text);\n"
                        + "CREATE POLICY own_notes ON notes FOR SELECT TO authenticated USING (owner = (SELECT auth.uid()));\n"
                        + "GRANT SELECT ON notes TO anon, authenticated;\n"
                        + "CREATE TABLE profiles (id uuid PRIMARY KEY);\n"
                        + "ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;\n"
                        + "CREATE FUNCTION is_admin(uid uuid) RETURNS boolean LANGUAGE sql SECURITY DEFINER"
                        + " AS $$ SELECT false $$;\n"));
    }

    @Test
    void aSecureSchemaRaisesNothing() {
        assertEquals(List.of(), LintFixture.lint(SECURITY, ROLES + "CREATE SCHEMA extensions;\n"
                + "CREATE EXTENSION pgcrypto SCHEMA extensions;\n"
                + "CREATE TABLE notes (id uuid PRIMARY KEY DEFAULT extensions.gen_random_uuid(), owner uuid, body text);\n"
                + "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY own_notes ON notes FOR ALL TO authenticated USING (owner = (SELECT auth.uid()));\n"
                + "GRANT SELECT, INSERT ON notes TO authenticated;\n"
                + "CREATE TABLE internal (id int PRIMARY KEY);\n"
                + "REVOKE ALL ON internal FROM PUBLIC;\n"
                + "CREATE FUNCTION is_admin(uid uuid) RETURNS boolean LANGUAGE sql SECURITY DEFINER"
                + " SET search_path = pg_catalog, public AS $$ SELECT false $$;\n"));
    }

    @Test
    void aGrantToPublicCountsAsAnApiRole() {
        assertEquals(List.of("error [api-role-without-rls] table public.open grants SELECT to public but has no"
                        + " row-level security"),
                LintFixture.lint(Set.of("api-role-without-rls"), "CREATE TABLE open (id int PRIMARY KEY);\n"
                        + "GRANT SELECT ON open TO PUBLIC;\n"));
    }

    @Test
    void slowSchemasAreReported() {
        assertEquals(List.of(
                "warning [fk-without-index] foreign key items_order_fk of public.items (order_id) has no index starting"
                        + " with its columns",
                "warning [duplicate-index] index public.orders_note_again of public.orders duplicates public.orders_note",
                "warning [table-without-primary-key] table public.items has no primary key"),
                LintFixture.lint(SLOW, "CREATE TABLE orders (id int PRIMARY KEY, note text);\n"
                        + "CREATE INDEX orders_note ON orders (note);\n"
                        + "CREATE INDEX orders_note_again ON orders (note);\n"
                        + "CREATE TABLE items (order_id int, sku text, CONSTRAINT items_order_fk FOREIGN KEY (order_id)"
                        + " REFERENCES orders (id));\n"));
    }

    @Test
    void indexedKeysAndDistinctIndexesRaiseNothing() {
        assertEquals(List.of(), LintFixture.lint(SLOW, "CREATE TABLE orders (id int PRIMARY KEY, note text);\n"
                + "CREATE INDEX orders_note ON orders (note);\n"
                + "CREATE INDEX orders_note_lower ON orders (lower(note));\n"
                + "CREATE INDEX orders_note_partial ON orders (note) WHERE note IS NOT NULL;\n"
                + "CREATE TABLE items (order_id int, line int, PRIMARY KEY (line, order_id),"
                + " FOREIGN KEY (order_id, line) REFERENCES items (order_id, line) DEFERRABLE);\n"
                + "CREATE UNIQUE INDEX items_order_line ON items (order_id, line);\n"
                + "CREATE TABLE lines (id int PRIMARY KEY, order_id int REFERENCES orders (id));\n"
                + "CREATE INDEX lines_order ON lines (order_id, id);\n"));
    }
}
