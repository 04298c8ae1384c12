package dev.schemaverify.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ALTER ... OWNER TO and COMMENT ON: planned for changed ones and for what the script creates, after the objects. */
class OwnersCommentsReconcilerTest {
    private static final ReconcileOptions BOTH = new ReconcileOptions(true, true, false, true, true);
    private static final QualifiedName ORDERS = new QualifiedName("public", "orders");

    private static Table orders(String owner, String comment, String columnComment) {
        return new Table(ORDERS, List.of(new Column("id", "integer", false, null, null, null, null, null, null,
                columnComment)), null, List.of(), List.of(), List.of(), List.of(), false, false, List.of(), List.of(),
                List.of(), null, null, null, null, null, false, List.of(), "DEFAULT", owner, comment);
    }

    private static Snapshot snapshot(Table table, String owner, String comment) {
        View view = new View(new QualifiedName("public", "v"), true, "SELECT 1", null, null, null, List.of(), owner,
                comment);
        Routine routine = new Routine(new QualifiedName("public", "f"), "n integer", false, "integer", "sql",
                "VOLATILE", false, List.of(), "SELECT n", null, "n integer", false, false, "UNSAFE", "100", null, null,
                List.of(), owner, comment);
        Sequence sequence = new Sequence(new QualifiedName("public", "s"), "bigint", 1L, 1L, 1L, 9L, 1L, false, null,
                "NONE", List.of(), owner, comment);
        EnumType type = new EnumType(new QualifiedName("public", "e"), List.of("a"), null, owner, comment);
        return new Snapshot(null, List.of(new Schema("public", "postgres", null, List.of(), List.of(), comment)),
                List.of(type), List.of(sequence), table == null ? List.of() : List.of(table), List.of(view),
                List.of(routine), null);
    }

    private static List<String> sql(Snapshot actual, Snapshot expected, ReconcileOptions options) {
        return Reconciler.plan(actual, expected, options).steps().stream().map(ReconcileStep::sql).toList();
    }

    @Test
    void changedOwnersAndCommentsAreAlteredTablesBeforeSequences() {
        Snapshot actual = snapshot(orders("postgres", "old", "old key"), "postgres", "old");
        Snapshot expected = snapshot(orders("app_owner", "it's new", null), "app_owner", "it's new");
        assertEquals(List.of(
                "ALTER TABLE public.orders OWNER TO app_owner",
                "COMMENT ON TABLE public.orders IS 'it''s new'",
                "COMMENT ON COLUMN public.orders.id IS NULL",
                "ALTER SEQUENCE public.s OWNER TO app_owner",
                "COMMENT ON SEQUENCE public.s IS 'it''s new'",
                "ALTER MATERIALIZED VIEW public.v OWNER TO app_owner",
                "COMMENT ON MATERIALIZED VIEW public.v IS 'it''s new'",
                "ALTER FUNCTION public.f(n integer) OWNER TO app_owner",
                "COMMENT ON FUNCTION public.f(n integer) IS 'it''s new'",
                "ALTER TYPE public.e OWNER TO app_owner",
                "COMMENT ON TYPE public.e IS 'it''s new'",
                "COMMENT ON SCHEMA public IS 'it''s new'"), sql(actual, expected, BOTH));
    }

    @Test
    void aCreatedTableGetsItsOwnerAndCommentsAfterItsCreation() {
        Snapshot actual = snapshot(null, "postgres", null);
        Snapshot expected = snapshot(orders("app_owner", "orders", "the key"), "postgres", null);
        List<String> steps = sql(actual, expected, BOTH);
        assertEquals(List.of("ALTER TABLE public.orders OWNER TO app_owner", "COMMENT ON TABLE public.orders IS 'orders'",
                "COMMENT ON COLUMN public.orders.id IS 'the key'"), steps.subList(1, steps.size()), steps.toString());
        assertEquals(true, steps.get(0).startsWith("CREATE TABLE IF NOT EXISTS public.orders"), steps.get(0));
    }

    @Test
    void switchedOffNothingIsPlanned() {
        Snapshot actual = snapshot(orders("postgres", "old", "old key"), "postgres", "old");
        Snapshot expected = snapshot(orders("app_owner", "new", null), "app_owner", "new");
        assertEquals(List.of(), sql(actual, expected, new ReconcileOptions(true, true, false)));
    }
}
