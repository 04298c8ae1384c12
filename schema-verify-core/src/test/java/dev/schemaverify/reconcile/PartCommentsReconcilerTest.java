package dev.schemaverify.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.PartCommentSnapshots;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** COMMENT ON CONSTRAINT / INDEX / POLICY / TRIGGER: for changed comments, and for parts the script creates again. */
class PartCommentsReconcilerTest {
    private static final ReconcileOptions COMMENTS = new ReconcileOptions(true, true, false, false, true);

    private static List<String> sql(Snapshot actual, Snapshot expected, ReconcileOptions options) {
        return Reconciler.plan(actual, expected, options).steps().stream().map(ReconcileStep::sql).toList();
    }

    private static Snapshot withOrders(Snapshot snapshot, Table orders) {
        return new Snapshot(null, List.of(), List.of(), List.of(), List.of(orders), snapshot.views(), List.of(), null);
    }

    @Test
    void everyChangedCommentIsSetAndARemovedOneIsNull() {
        Snapshot actual = PartCommentSnapshots.snapshot("old", false);
        Snapshot expected = PartCommentSnapshots.snapshot("it's", false);
        List<String> steps = sql(actual, expected, COMMENTS);
        assertEquals(List.of(
                "COMMENT ON CONSTRAINT orders_pkey ON public.orders IS 'it''s key'",
                "COMMENT ON CONSTRAINT orders_customer_key ON public.orders IS 'it''s unique'",
                "COMMENT ON CONSTRAINT orders_customer_fk ON public.orders IS 'it''s fk'",
                "COMMENT ON CONSTRAINT orders_id_check ON public.orders IS 'it''s check'",
                "COMMENT ON INDEX public.orders_customer_idx IS 'it''s index'",
                "COMMENT ON POLICY orders_read ON public.orders IS 'it''s policy'",
                "COMMENT ON TRIGGER orders_touch ON public.orders IS 'it''s trigger'",
                "COMMENT ON INDEX public.totals_day_idx IS 'it''s view index'"), steps);
        assertEquals(List.of(
                "COMMENT ON CONSTRAINT orders_pkey ON public.orders IS NULL",
                "COMMENT ON CONSTRAINT orders_customer_key ON public.orders IS NULL",
                "COMMENT ON CONSTRAINT orders_customer_fk ON public.orders IS NULL",
                "COMMENT ON CONSTRAINT orders_id_check ON public.orders IS NULL",
                "COMMENT ON INDEX public.orders_customer_idx IS NULL",
                "COMMENT ON POLICY orders_read ON public.orders IS NULL",
                "COMMENT ON TRIGGER orders_touch ON public.orders IS NULL",
                "COMMENT ON INDEX public.totals_day_idx IS NULL"),
                sql(actual, PartCommentSnapshots.snapshot(null, false), COMMENTS));
    }

    @Test
    void aPartDroppedAndAddedAgainGetsItsCommentBackAfterIt() {
        Snapshot actual = PartCommentSnapshots.snapshot("same", false);
        Table orders = actual.table(PartCommentSnapshots.ORDERS);
        CheckConstraint check = orders.checks().get(0);
        Table changed = orders.withParts(orders.columns(), orders.primaryKey(), orders.uniqueConstraints(),
                orders.foreignKeys(), List.of(new CheckConstraint(check.name(), "(id > 1)", null, true, false,
                        check.comment())), orders.indexes(), orders.policies(), orders.triggers());
        List<String> steps = sql(actual, withOrders(actual, changed), COMMENTS);
        assertEquals(List.of(
                "ALTER TABLE public.orders DROP CONSTRAINT IF EXISTS orders_id_check",
                "COMMENT ON CONSTRAINT orders_id_check ON public.orders IS 'same check'"),
                List.of(steps.get(0), steps.get(steps.size() - 1)), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.contains("ADD CONSTRAINT orders_id_check CHECK ((id > 1))")), steps.toString());
    }

    @Test
    void aPrimaryKeyDeclaredWithoutItsNameIsFoundByKind() {
        Snapshot actual = PartCommentSnapshots.snapshot(null, false);
        Table orders = actual.table(PartCommentSnapshots.ORDERS);
        Table unnamed = orders.withParts(orders.columns(), new PrimaryKey(null, List.of("id"), null, null, null,
                "the key"), orders.uniqueConstraints(), orders.foreignKeys(), orders.checks(), orders.indexes(),
                orders.policies(), orders.triggers());
        List<String> steps = sql(actual, withOrders(actual, unnamed), new ReconcileOptions(false, false, false, false, true));
        assertEquals(1, steps.size(), steps.toString());
        assertEquals("""
                DO $reconcile$
                BEGIN
                    EXECUTE pg_catalog.format('COMMENT ON CONSTRAINT %I ON %s IS %L',
                        (SELECT k.conname FROM pg_catalog.pg_constraint k WHERE k.conrelid = 'public.orders'::pg_catalog.regclass AND k.contype = 'p'),
                        'public.orders', 'the key'::text);
                END
                $reconcile$""", steps.get(0));
    }

    @Test
    void anIndexBuiltConcurrentlyIsCommentedAfterTheBuildOutsideTheTransaction() {
        Snapshot actual = PartCommentSnapshots.snapshot(null, false);
        Table orders = actual.table(PartCommentSnapshots.ORDERS);
        Table more = orders.withParts(orders.columns(), orders.primaryKey(), orders.uniqueConstraints(),
                orders.foreignKeys(), orders.checks(), List.of(orders.indexes().get(0), new Index("orders_id_idx", false,
                        "btree", List.of("id"), List.of(), null, null, "by id")), orders.policies(), orders.triggers());
        List<ReconcileStep> steps = Reconciler.plan(actual, withOrders(actual, more),
                new ReconcileOptions(false, false, true, false, true)).steps();
        assertEquals(List.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_id_idx ON public.orders (id)",
                "COMMENT ON INDEX public.orders_id_idx IS 'by id'"), steps.stream().map(ReconcileStep::sql).toList());
        assertEquals(List.of(false, false), steps.stream().map(ReconcileStep::transactional).toList());
    }

    @Test
    void switchedOffNoCommentIsPlanned() {
        assertEquals(List.of(), sql(PartCommentSnapshots.snapshot("old", false), PartCommentSnapshots.snapshot("new", false),
                new ReconcileOptions(true, true, false)));
    }
}
