package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The security rules on tenant tables, always-true write policies, grants and policies that do not meet,
 * SECURITY DEFINER functions the API roles may call, views over row-level security and forced row-level
 * security, on Supabase-style schemas (anon, authenticated, auth.uid()): each insecure form, and the
 * secure form that raises nothing.
 */
class SupabaseSecurityRulesIT {
    private static final String ROLES = CatalogRulesIT.ROLES;
    private static final String SERVICE_ROLE = "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname ="
            + " 'service_x') THEN CREATE ROLE service_x NOLOGIN; END IF; END $$;\n";

    @Test
    void tenantTablesNeedRlsAndAPolicyOnTheTenantColumn() {
        Set<String> rules = Set.of("tenant-table-without-rls", "tenant-policy-without-column");
        assertEquals(List.of(
                "error [tenant-policy-without-column] tenant table public.members has no policy using its column org_id"
                        + " (policies: own), so its rows are not separated by tenant",
                "error [tenant-table-without-rls] tenant table public.projects (column tenant_id) has no row-level"
                        + " security, so nothing in the database separates one tenant's rows from another's"),
                LintFixture.lint(rules, ROLES
                        + "CREATE TABLE projects (id int PRIMARY KEY, tenant_id uuid NOT NULL, name text);\n"
                        + "CREATE TABLE members (id int PRIMARY KEY, org_id uuid NOT NULL, user_id uuid);\n"
                        + "ALTER TABLE members ENABLE ROW LEVEL SECURITY;\n"
                        + "CREATE POLICY own ON members FOR SELECT TO authenticated USING (user_id = (SELECT auth.uid()));\n"));
        assertEquals(List.of(), LintFixture.lint(rules, ROLES
                + "CREATE TABLE docs (id int PRIMARY KEY, tenant_id uuid NOT NULL, owner uuid);\n"
                + "ALTER TABLE docs ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY own ON docs FOR SELECT TO authenticated USING (owner = (SELECT auth.uid()));\n"
                + "CREATE POLICY same_tenant ON docs AS RESTRICTIVE TO authenticated"
                + " USING (tenant_id = (SELECT nullif(current_setting('app.tenant', true), '')::uuid));\n"
                + "CREATE TABLE plain (id int PRIMARY KEY, owner uuid);\n"));
    }

    @Test
    void theTenantColumnsAreConfigurable() {
        LintOptions options = new LintOptions(null, List.of("account_id"), null);
        assertEquals(List.of("error [tenant-table-without-rls] tenant table public.invoices (column account_id) has no"
                        + " row-level security, so nothing in the database separates one tenant's rows from another's"),
                LintFixture.lint(options, Set.of("tenant-table-without-rls"), ROLES
                        + "CREATE TABLE invoices (id int PRIMARY KEY, account_id int);\n"
                        + "CREATE TABLE projects (id int PRIMARY KEY, tenant_id int);\n"));
    }

    @Test
    void writePoliciesThatAreAlwaysTrue() {
        Set<String> rules = Set.of("always-true-write-policy");
        assertEquals(List.of(
                "error [always-true-write-policy] policy del on public.todos lets anon DELETE any row: USING (true);"
                        + " compare a column with the caller, e.g. owner = (select auth.uid())",
                "error [always-true-write-policy] policy ins on public.todos lets authenticated INSERT any row: WITH"
                        + " CHECK (true); compare a column with the caller, e.g. owner = (select auth.uid())",
                "error [always-true-write-policy] policy upd on public.todos lets authenticated UPDATE any row: WITH"
                        + " CHECK (true); compare a column with the caller, e.g. owner = (select auth.uid())",
                "error [always-true-write-policy] policy wide on public.todos lets public ALL any row: USING (true) and"
                        + " WITH CHECK (true); compare a column with the caller, e.g. owner = (select auth.uid())"),
                LintFixture.lint(rules, ROLES + SERVICE_ROLE
                        + "CREATE TABLE todos (id int PRIMARY KEY, owner uuid NOT NULL, done boolean);\n"
                        + "ALTER TABLE todos ENABLE ROW LEVEL SECURITY;\n"
                        + "CREATE POLICY ins ON todos FOR INSERT TO authenticated WITH CHECK (TRUE);\n"
                        + "CREATE POLICY upd ON todos FOR UPDATE TO authenticated USING (owner = (SELECT auth.uid()))"
                        + " WITH CHECK (true);\n"
                        + "CREATE POLICY del ON todos FOR DELETE TO anon USING ((true));\n"
                        + "CREATE POLICY wide ON todos USING (true) WITH CHECK (true);\n"));
        assertEquals(List.of(), LintFixture.lint(rules, ROLES + SERVICE_ROLE
                + "CREATE TABLE todos (id int PRIMARY KEY, owner uuid NOT NULL, done boolean);\n"
                + "ALTER TABLE todos ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY read_all ON todos FOR SELECT TO anon, authenticated USING (true);\n"
                + "CREATE POLICY ins ON todos FOR INSERT TO authenticated WITH CHECK (owner = (SELECT auth.uid()));\n"
                + "CREATE POLICY svc ON todos FOR ALL TO service_x USING (true) WITH CHECK (true);\n"
                + "CREATE POLICY never ON todos FOR DELETE TO authenticated USING (1 = 0);\n"));
    }

    @Test
    void grantsAndPoliciesThatDoNotMeet() {
        Set<String> rules = Set.of("grant-without-policy", "policy-without-grant");
        assertEquals(List.of(
                "warning [policy-without-grant] policy everyone on public.notes is for service_x (ALL), but service_x"
                        + " has no privilege on the table, so the policy never applies",
                "warning [policy-without-grant] policy write_own on public.notes is for anon (UPDATE), but anon has no"
                        + " UPDATE privilege on the table, so the policy never applies",
                "warning [grant-without-policy] table public.notes grants INSERT, DELETE to authenticated, but no policy"
                        + " for these commands applies to authenticated, so row-level security refuses every row",
                "warning [grant-without-policy] table public.notes grants SELECT to anon, but no policy for it applies"
                        + " to anon, so row-level security refuses every row"),
                LintFixture.lint(rules, ROLES + SERVICE_ROLE
                        + "CREATE TABLE notes (id int PRIMARY KEY, owner uuid NOT NULL);\n"
                        + "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
                        + "CREATE POLICY read_own ON notes FOR SELECT TO authenticated USING (owner = (SELECT auth.uid()));\n"
                        + "CREATE POLICY write_own ON notes FOR UPDATE TO anon USING (owner = (SELECT auth.uid()));\n"
                        + "CREATE POLICY everyone ON notes FOR ALL TO service_x USING (false);\n"
                        + "GRANT SELECT, INSERT, DELETE ON notes TO authenticated;\n"
                        + "GRANT SELECT ON notes TO anon;\n"));
        assertEquals(List.of(), LintFixture.lint(rules, ROLES
                + "CREATE TABLE notes (id int PRIMARY KEY, owner uuid NOT NULL);\n"
                + "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY read_own ON notes FOR SELECT TO authenticated USING (owner = (SELECT auth.uid()));\n"
                + "CREATE POLICY write_own ON notes FOR ALL TO authenticated USING (owner = (SELECT auth.uid()));\n"
                + "CREATE POLICY public_read ON notes FOR SELECT USING (false);\n"
                + "GRANT SELECT, INSERT, UPDATE, DELETE ON notes TO authenticated;\n"
                + "GRANT SELECT ON notes TO anon;\n"
                + "CREATE TABLE closed (id int PRIMARY KEY);\n"
                + "ALTER TABLE closed ENABLE ROW LEVEL SECURITY;\n"
                + "GRANT SELECT ON closed TO anon;\n"));
    }

    @Test
    void securityDefinerFunctionsTheApiRolesMayCall() {
        Set<String> rules = Set.of("security-definer-executable");
        assertEquals(List.of(
                "warning [security-definer-executable] SECURITY DEFINER function public.for_users() can be executed by"
                        + " authenticated and runs with its owner's rights; REVOKE EXECUTE ... FROM PUBLIC and grant it"
                        + " only to the roles that need it",
                "warning [security-definer-executable] SECURITY DEFINER function public.is_admin(uid uuid) can be"
                        + " executed by public (EXECUTE is granted to PUBLIC by default) and runs with its owner's"
                        + " rights; REVOKE EXECUTE ... FROM PUBLIC and grant it only to the roles that need it"),
                LintFixture.lint(rules, ROLES
                        + "CREATE FUNCTION is_admin(uid uuid) RETURNS boolean LANGUAGE sql SECURITY DEFINER"
                        + " SET search_path = '' AS $$ SELECT false $$;\n"
                        + "CREATE FUNCTION for_users() RETURNS boolean LANGUAGE sql SECURITY DEFINER"
                        + " SET search_path = '' AS $$ SELECT false $$;\n"
                        + "REVOKE EXECUTE ON FUNCTION for_users() FROM PUBLIC;\n"
                        + "GRANT EXECUTE ON FUNCTION for_users() TO authenticated;\n"));
        assertEquals(List.of(), LintFixture.lint(rules, ROLES
                + "CREATE FUNCTION private_thing() RETURNS boolean LANGUAGE sql SECURITY DEFINER"
                + " SET search_path = '' AS $$ SELECT false $$;\n"
                + "REVOKE EXECUTE ON FUNCTION private_thing() FROM PUBLIC;\n"
                + "CREATE FUNCTION invoker() RETURNS boolean LANGUAGE sql AS $$ SELECT false $$;\n"));
    }

    @Test
    void viewsThatBypassRowLevelSecurity() {
        Set<String> rules = Set.of("view-bypasses-rls");
        String base = ROLES + "CREATE TABLE secrets (id int PRIMARY KEY, owner uuid);\n"
                + "ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY own ON secrets FOR SELECT TO authenticated USING (owner = (SELECT auth.uid()));\n"
                + "GRANT SELECT ON secrets TO authenticated;\n";
        assertEquals(List.of(
                "error [view-bypasses-rls] materialized view public.secret_counts is granted SELECT to authenticated and"
                        + " reads public.secrets (row-level security) with its owner's rights, bypassing the policies;"
                        + " revoke the grant, or expose a security_invoker view instead",
                "error [view-bypasses-rls] view public.secret_list is granted SELECT to anon, authenticated and reads"
                        + " public.secrets (row-level security) with its owner's rights, bypassing the policies; set"
                        + " security_invoker = true on it (PostgreSQL 15+) or revoke the grant",
                "error [view-bypasses-rls] view public.secret_list_again is granted SELECT to authenticated and reads"
                        + " public.secrets (row-level security) with its owner's rights, bypassing the policies; set"
                        + " security_invoker = true on it (PostgreSQL 15+) or revoke the grant"),
                LintFixture.lint(rules, base
                        + "CREATE VIEW secret_list AS SELECT id FROM secrets;\n"
                        + "CREATE VIEW secret_list_again WITH (security_invoker = off) AS SELECT id FROM secret_list;\n"
                        + "CREATE MATERIALIZED VIEW secret_counts AS SELECT count(*) FROM secrets;\n"
                        + "GRANT SELECT ON secret_list, secret_list_again, secret_counts TO authenticated;\n"
                        + "GRANT SELECT ON secret_list TO anon;\n"));
        assertEquals(List.of(), LintFixture.lint(rules, base
                + "CREATE VIEW safe_list WITH (security_invoker) AS SELECT id FROM secrets;\n"
                + "CREATE VIEW private_list AS SELECT id FROM secrets;\n"
                + "CREATE TABLE open_data (id int PRIMARY KEY);\n"
                + "CREATE VIEW open_list AS SELECT id FROM open_data;\n"
                + "GRANT SELECT ON safe_list, open_list TO anon, authenticated;\n"));
    }

    @Test
    void rowLevelSecurityNotForcedOnTablesTheApplicationOwns() {
        String schema = "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_owner')"
                + " THEN CREATE ROLE app_owner NOLOGIN; END IF; END $$;\n"
                + "CREATE TABLE accounts (id int PRIMARY KEY);\n"
                + "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY none ON accounts USING (false);\n"
                + "ALTER TABLE accounts OWNER TO app_owner;\n"
                + "CREATE TABLE ledgers (id int PRIMARY KEY);\n"
                + "ALTER TABLE ledgers ENABLE ROW LEVEL SECURITY;\n"
                + "ALTER TABLE ledgers FORCE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY none ON ledgers USING (false);\n"
                + "ALTER TABLE ledgers OWNER TO app_owner;\n"
                + "CREATE TABLE admin_only (id int PRIMARY KEY);\n"
                + "ALTER TABLE admin_only ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY none ON admin_only USING (false);\n";
        LintOptions options = new LintOptions(null, null, List.of("app_owner"));
        assertEquals(List.of("error [rls-not-forced] table public.accounts is owned by application role app_owner, which"
                        + " its policies do not filter unless row-level security is forced; ALTER TABLE public.accounts"
                        + " FORCE ROW LEVEL SECURITY"),
                LintFixture.lint(options, Set.of("rls-not-forced"), schema));

        LintOutcome unconfigured = LintFixture.outcome(schema);
        assertEquals(List.of(), unconfigured.diagnostics().stream().filter(d -> d.code().equals("rls-not-forced")).toList());
        assertEquals(List.of(LintFixture.RLS_NOT_FORCED_NOT_CHECKED), unconfigured.notVerified());
    }
}
