package dev.schemaverify.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.DefaultPrivilege;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendered SQL for routine attributes, routine dependency order, constraint triggers and privileges. */
class RoutinesAndPrivilegesPlanTest {
    private static final ReconcileOptions ALL = new ReconcileOptions(true, true, false);
    private static final QualifiedName ITEMS = new QualifiedName("public", "items");

    private static Routine function(String name, String arguments, String argumentList, String returns, String body,
            Boolean strict, List<Grant> grants, List<String> calls) {
        return new Routine(new QualifiedName("public", name), arguments, false, returns, "sql", "IMMUTABLE", false,
                List.of(), body, null, argumentList, strict, false, "SAFE", "100", null, grants, calls);
    }

    private static Snapshot routines(Routine... routines) {
        return new Snapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(routines), List.of());
    }

    private static Snapshot snapshot(List<Schema> schemas, List<Table> tables, List<Routine> routines) {
        return new Snapshot(List.of(), schemas, List.of(), List.of(), tables, List.of(), routines, List.of());
    }

    private static String script(Snapshot actual, Snapshot expected) {
        return ReconcileScript.render(Reconciler.plan(actual, expected, ALL), "database A -> contract E", true);
    }

    private static void assertInOrder(String script, String... fragments) {
        int from = 0;
        for (String fragment : fragments) {
            int at = script.indexOf(fragment, from);
            assertTrue(at >= 0, "expected, in this order after offset " + from + ": " + fragment + "\n" + script);
            from = at + fragment.length();
        }
    }

    private static Grant execute(String grantee) {
        return new Grant(grantee, List.of("EXECUTE"), null, List.of());
    }

    @Test
    void strictAndOtherAttributesAreWrittenAndTheFullArgumentListKeepsDefaults() {
        Routine before = function("page", "size integer", "size integer", "integer", " SELECT size ", false,
                List.of(execute("PUBLIC")), List.of());
        Routine after = new Routine(before.name(), "size integer", false, "SETOF integer", "sql", "STABLE", false,
                List.of(), " SELECT size ", null, "size integer DEFAULT 20", true, true, "RESTRICTED", "5", "10",
                List.of(execute("PUBLIC")), List.of());
        assertInOrder(script(routines(before), routines(after)),
                "DROP FUNCTION IF EXISTS public.page(size integer);",
                """
                CREATE OR REPLACE FUNCTION public.page(size integer DEFAULT 20)
                 RETURNS SETOF integer
                 LANGUAGE sql
                 STABLE
                 STRICT
                 LEAKPROOF
                 PARALLEL RESTRICTED
                 COST 5
                 ROWS 10
                AS $function$ SELECT size $function$;""");
    }

    @Test
    void functionRecreatedWithoutStrictIsPutBackStrict() {
        Routine strict = function("norm", "t text", "t text", "text", " SELECT lower(t) ", true, null, List.of());
        Routine lax = function("norm", "t text", "t text", "text", " SELECT lower(t) ", false, null, List.of());
        String script = script(routines(lax), routines(strict));
        assertTrue(script.contains("-- [1/1] fixes: function public.norm(t text): strict expected 'true', found 'false'"),
                script);
        assertTrue(script.contains("\n STRICT\n"), script);
    }

    @Test
    void undeclaredAttributesKeepWhatTheDatabaseHasSoDefaultsAreNotDropped() {
        Routine have = function("greet", "who text", "who text DEFAULT 'world'::text", "text", " SELECT who ", true,
                null, List.of());
        Routine declared = new Routine(have.name(), "who text", false, "text", "sql", "STABLE", null, null,
                " SELECT 'hi ' || who ", null);
        String script = script(routines(have), routines(declared));
        assertInOrder(script, "CREATE OR REPLACE FUNCTION public.greet(who text DEFAULT 'world'::text)", " STABLE",
                " STRICT", " PARALLEL SAFE", " COST 100");
    }

    @Test
    void removedDefaultRecreatesTheFunctionGuardedByItsArgumentsWithDefaultAndCheckAround() {
        Routine have = function("code_ok", "code text", "code text DEFAULT ''::text", "boolean", " SELECT true ", false,
                List.of(execute("PUBLIC")), List.of());
        Routine want = function("code_ok", "code text", "code text", "boolean", " SELECT true ", false,
                List.of(execute("PUBLIC")), List.of());
        Column code = new Column("code", "text", false, "public.code_ok()::text", null, null, null);
        Table items = new Table(ITEMS, List.of(new Column("id", "integer", false, null, null, null, null), code),
                new PrimaryKey("items_pkey", List.of("id"), null), List.of(), List.of(),
                List.of(new CheckConstraint("items_code_ok", "public.code_ok(code)", null)), List.of(), false, false,
                List.of(), List.of(), List.of(), null);
        String script = script(snapshot(List.of(), List.of(items), List.of(have)),
                snapshot(List.of(), List.of(items), List.of(want)));
        assertInOrder(script,
                "ALTER TABLE public.items ALTER COLUMN code DROP DEFAULT;",
                "ALTER TABLE public.items DROP CONSTRAINT IF EXISTS items_code_ok;",
                "AND pg_catalog.pg_get_function_arguments(p.oid) IS DISTINCT FROM 'code text') THEN\n"
                        + "        DROP FUNCTION IF EXISTS public.code_ok(code text);",
                "CREATE OR REPLACE FUNCTION public.code_ok(code text)\n",
                "ALTER TABLE public.items ALTER COLUMN code SET DEFAULT public.code_ok()::text;",
                "ALTER TABLE public.items ADD CONSTRAINT items_code_ok CHECK (public.code_ok(code));");
    }

    @Test
    void functionsAreCreatedAfterTheFunctionsTheyCallWhateverTheirNames() {
        Routine base = function("c_base", "", "", "integer", "RETURN 7", false, null, List.of());
        Routine middle = function("b_double", "", "", "integer", "RETURN (public.c_base() * 2)", false, null,
                List.of("public.c_base()"));
        Routine top = function("a_top", "", "", "integer", "BEGIN ATOMIC\n SELECT (public.b_double() * 2);\nEND", false,
                null, List.of("public.b_double()"));
        assertInOrder(script(routines(), routines(top, middle, base)),
                "CREATE OR REPLACE FUNCTION public.c_base()", "CREATE OR REPLACE FUNCTION public.b_double()",
                "CREATE OR REPLACE FUNCTION public.a_top()");
    }

    @Test
    void aRecreatedFunctionTakesItsRecordedCallersWithItCallersDroppedFirst() {
        Routine rate = function("zz_rate", "", "", "integer", "RETURN 20", false, null, List.of());
        Routine price = function("aa_price", "base integer", "base integer", "integer",
                "RETURN (base * public.zz_rate())", false, null, List.of("public.zz_rate()"));
        Routine newRate = function("zz_rate", "", "", "numeric", "RETURN 19.5", false, null, List.of());
        assertInOrder(script(routines(rate, price), routines(newRate, price)),
                "DROP FUNCTION IF EXISTS public.aa_price(base integer);", "DROP FUNCTION IF EXISTS public.zz_rate();",
                "CREATE OR REPLACE FUNCTION public.zz_rate()", "CREATE OR REPLACE FUNCTION public.aa_price(base integer)");
    }

    @Test
    void createdFunctionLosesPublicExecuteUnlessDeclared() {
        Routine locked = function("secret", "", "", "bigint", " SELECT 42 ", false,
                List.of(new Grant("app", List.of("EXECUTE"), null, List.of("EXECUTE"))), List.of());
        assertInOrder(script(routines(), routines(locked)),
                "CREATE OR REPLACE FUNCTION public.secret()",
                "REVOKE EXECUTE ON FUNCTION public.secret() FROM PUBLIC;",
                "GRANT EXECUTE ON FUNCTION public.secret() TO app WITH GRANT OPTION;");
    }

    @Test
    void grantSyncHandlesColumnPrivilegesAndGrantOptions() {
        Grant old = new Grant("writer", List.of("SELECT", "UPDATE (email)", "UPDATE (name)"), null, List.of("SELECT"));
        Grant want = new Grant("writer", List.of("INSERT", "SELECT", "UPDATE (name)"), null, List.of("UPDATE (name)"));
        assertEquals(List.of(
                "REVOKE UPDATE (email) ON TABLE public.items FROM writer",
                "REVOKE GRANT OPTION FOR SELECT ON TABLE public.items FROM writer",
                "GRANT INSERT ON TABLE public.items TO writer",
                "GRANT UPDATE (name) ON TABLE public.items TO writer WITH GRANT OPTION"),
                Privileges.sync("TABLE public.items", "writer", old, want));
        assertEquals(List.of("REVOKE EXECUTE ON FUNCTION public.f() FROM PUBLIC"),
                Privileges.sync("FUNCTION public.f()", "PUBLIC", execute("PUBLIC"), null));
    }

    @Test
    void defaultPrivilegesAreAlteredForTheRoleInTheSchemaAfterEveryGrant() {
        DefaultPrivilege old = new DefaultPrivilege("owner", "tables", "reader", List.of("SELECT"), List.of(), null);
        DefaultPrivilege want = new DefaultPrivilege("owner", "tables", "reader", List.of("INSERT", "SELECT"),
                List.of("SELECT"), null);
        DefaultPrivilege functions = new DefaultPrivilege("owner", "functions", "app", List.of("EXECUTE"), List.of(), null);
        Schema before = new Schema("app", null, null, List.of(), List.of(old));
        Schema after = new Schema("app", null, null, List.of(new Grant("reader", List.of("USAGE"), null, List.of())),
                List.of(want, functions));
        String script = script(snapshot(List.of(before), List.of(), List.of()), snapshot(List.of(after), List.of(), List.of()));
        assertInOrder(script,
                "GRANT USAGE ON SCHEMA app TO reader;",
                "ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA app GRANT EXECUTE ON FUNCTIONS TO app;",
                "ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA app GRANT INSERT ON TABLES TO reader;",
                "ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA app GRANT SELECT ON TABLES TO reader WITH GRANT OPTION;");
    }

    @Test
    void constraintTriggerIsDroppedAndCreatedNeverReplaced() {
        Trigger plain = new Trigger("balanced", "AFTER", List.of("INSERT", "UPDATE"), "ROW", "public.check_balanced",
                null, null, List.of(), List.of(), false, false, false);
        Trigger deferred = new Trigger("balanced", "AFTER", List.of("INSERT", "UPDATE"), "ROW", "public.check_balanced",
                null, null, List.of("strict", "it's"), List.of("amount"), true, true, true);
        String script = script(snapshot(List.of(), List.of(items(plain)), List.of()),
                snapshot(List.of(), List.of(items(deferred)), List.of()));
        assertInOrder(script, "DROP TRIGGER IF EXISTS balanced ON public.items;",
                "CREATE CONSTRAINT TRIGGER balanced AFTER INSERT OR UPDATE OF amount ON public.items DEFERRABLE"
                        + " INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_balanced('strict', 'it''s');");
        assertFalse(script.contains("CREATE OR REPLACE TRIGGER"), script);
    }

    private static Table items(Trigger trigger) {
        return new Table(ITEMS, List.of(new Column("id", "integer", false, null, null, null, null),
                new Column("amount", "numeric", false, null, null, null, null)),
                new PrimaryKey("items_pkey", List.of("id"), null), List.of(), List.of(), List.of(), List.of(), false,
                false, List.of(), List.of(trigger), List.of(), null);
    }
}
