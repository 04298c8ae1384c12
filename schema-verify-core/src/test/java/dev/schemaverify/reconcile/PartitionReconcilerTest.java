package dev.schemaverify.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL planned for partitioned tables, partitions and inheritance, and the manual steps. */
class PartitionReconcilerTest {
    private static final ReconcileOptions ALL = new ReconcileOptions(true, true, false);
    private static final QualifiedName EVENTS = new QualifiedName("public", "events");
    private static final QualifiedName EVENTS_2024 = new QualifiedName("public", "events_2024");
    private static final QualifiedName EVENTS_2024_EU = new QualifiedName("public", "events_2024_eu");
    private static final QualifiedName USERS = new QualifiedName("public", "users");
    private static final String Y2024 = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')";
    private static final List<Column> COLUMNS = List.of(new Column("id", "bigint", false, null, null, null, null),
            new Column("day", "date", false, null, null, null, null),
            new Column("region", "text", false, null, null, null, null));
    private static final CheckConstraint POSITIVE = new CheckConstraint("events_id_check", "(id > 0)", null);

    private static Table parent(String key, List<ForeignKey> foreignKeys) {
        return new Table(EVENTS, COLUMNS, new PrimaryKey("events_pkey", List.of("id", "day"), null), List.of(),
                foreignKeys, List.of(POSITIVE), List.of(), false, false, List.of(), List.of(), List.of(), null, key,
                null, null, List.of());
    }

    private static Table partition(QualifiedName name, QualifiedName of, String bound, String key) {
        return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), false, false, List.of(),
                List.of(), List.of(), null, key, of, bound, List.of());
    }

    private static Table plain(QualifiedName name, List<Column> columns, PrimaryKey key, List<CheckConstraint> checks,
            List<QualifiedName> inherits) {
        return new Table(name, columns, key, List.of(), List.of(), checks, List.of(), false, false, List.of(),
                List.of(), List.of(), null, null, null, null, inherits);
    }

    private static Table users() {
        return plain(USERS, List.of(new Column("id", "bigint", false, null, null, null, null)),
                new PrimaryKey("users_pkey", List.of("id"), null), List.of(), List.of());
    }

    private static Snapshot tables(Table... tables) {
        return new Snapshot(List.of(), List.of(new Schema("public", null, null)), List.of(), List.of(), List.of(tables),
                List.of(), List.of(), List.of());
    }

    private static ReconcilePlan plan(Snapshot actual, Snapshot expected) {
        return Reconciler.plan(actual, expected, ALL);
    }

    private static String script(Snapshot actual, Snapshot expected) {
        return ReconcileScript.render(plan(actual, expected), "A -> E", true);
    }

    private static void assertInOrder(String script, String... fragments) {
        int from = 0;
        for (String fragment : fragments) {
            int at = script.indexOf(fragment, from);
            assertTrue(at >= 0, "expected, in this order after offset " + from + ": " + fragment + "\n" + script);
            from = at + fragment.length();
        }
    }

    @Test
    void aPartitionTreeIsCreatedParentFirstWithItsKeysBeforeThePartitions() {
        String script = script(tables(),
                tables(partition(EVENTS_2024_EU, EVENTS_2024, "FOR VALUES IN ('eu')", null),
                        partition(EVENTS_2024, EVENTS, Y2024, "LIST (region)"), parent("RANGE (day)", List.of())));
        assertInOrder(script,
                "CREATE TABLE IF NOT EXISTS public.events (\n    id bigint NOT NULL,\n    day date NOT NULL,\n"
                        + "    region text NOT NULL,\n    CONSTRAINT events_pkey PRIMARY KEY (id, day),\n"
                        + "    CONSTRAINT events_id_check CHECK ((id > 0))\n) PARTITION BY RANGE (day);",
                "CREATE TABLE IF NOT EXISTS public.events_2024 PARTITION OF public.events " + Y2024
                        + " PARTITION BY LIST (region);",
                "CREATE TABLE IF NOT EXISTS public.events_2024_eu PARTITION OF public.events_2024 FOR VALUES IN ('eu');");
        assertFalse(script.contains("events_2024 ADD"), "a partition gets nothing of its parent's:\n" + script);
    }

    @Test
    void aForeignKeyAddedToAPartitionedTableIsNotAddedNotValid() {
        ForeignKey owner = new ForeignKey("events_user_fkey", List.of("id"), USERS, List.of("id"), "NO ACTION",
                "NO ACTION", false, false, null);
        String script = script(tables(users(), parent("RANGE (day)", List.of())),
                tables(users(), parent("RANGE (day)", List.of(owner))));
        assertTrue(script.contains("""
                -- note: PostgreSQL cannot add a foreign key NOT VALID on a partitioned table: it is added and checked in one step, scanning every partition
                DO $reconcile$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = 'public.events'::pg_catalog.regclass AND k.conname = 'events_user_fkey') THEN
                        ALTER TABLE public.events ADD CONSTRAINT events_user_fkey FOREIGN KEY (id) REFERENCES public.users (id);
                """), script);
        assertFalse(script.contains(" NOT VALID;") || script.contains("VALIDATE CONSTRAINT"), script);
    }

    @Test
    void aPlainTableWithTheParentsPartsIsAttachedWithoutDroppingThem() {
        Table standalone = plain(EVENTS_2024, COLUMNS, new PrimaryKey("events_2024_pkey", List.of("id", "day"), null),
                List.of(), List.of());
        String script = script(tables(parent("RANGE (day)", List.of()), standalone),
                tables(parent("RANGE (day)", List.of()), partition(EVENTS_2024, EVENTS, Y2024, null)));
        assertInOrder(script,
                "-- note: the parent public.events has this check: the table needs it to become its partition or child",
                "ALTER TABLE public.events_2024 ADD CONSTRAINT events_id_check CHECK ((id > 0));",
                "IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = 'public.events_2024'::pg_catalog.regclass"
                        + " AND c.relispartition) THEN\n"
                        + "        ALTER TABLE public.events ATTACH PARTITION public.events_2024 " + Y2024 + ";");
        assertFalse(script.contains("DROP"), "its columns and key become the parent's:\n" + script);
    }

    @Test
    void aPartitionThatBecomesPlainIsDetachedAndGivenNothingItKeeps() {
        Table standalone = plain(EVENTS_2024, COLUMNS, new PrimaryKey("events_2024_pkey", List.of("id", "day"), null),
                List.of(POSITIVE), List.of());
        ReconcilePlan plan = plan(tables(parent("RANGE (day)", List.of()), partition(EVENTS_2024, EVENTS, Y2024, null)),
                tables(parent("RANGE (day)", List.of()), standalone));
        assertEquals(List.of("""
                DO $reconcile$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = 'public.events_2024'::pg_catalog.regclass AND c.relispartition) THEN
                        ALTER TABLE public.events DETACH PARTITION public.events_2024;
                    END IF;
                END
                $reconcile$"""), plan.steps().stream().map(ReconcileStep::sql).toList());
    }

    @Test
    void aNewPartitionKeyIsAManualStepThatLeavesThePartitionsAndTheirRows() {
        ReconcilePlan plan = plan(tables(parent("RANGE (day)", List.of()), partition(EVENTS_2024, EVENTS, Y2024, null)),
                tables(parent("LIST (region)", List.of()),
                        partition(EVENTS_2024_EU, EVENTS, "FOR VALUES IN ('eu')", null)));
        assertTrue(plan.steps().stream().allMatch(ReconcileStep::manual), plan.steps().toString());
        assertTrue(plan.steps().stream().noneMatch(ReconcileStep::destructive), plan.steps().toString());
        String script = ReconcileScript.render(plan, "A -> E", true);
        assertInOrder(script,
                "-- 3 steps are MANUAL: written commented out and never run; complete each (search for MANUAL)",
                "fixes: table public.events_2024 is not in the contract\n-- MANUAL, not run:\n"
                        + "-- cannot be generated: partition public.events_2024 belongs to public.events, whose"
                        + " partitioning changes by hand: create or drop it as part of that step",
                "fixes: table public.events_2024_eu is missing\n-- MANUAL, not run:\n",
                "fixes: table public.events: partitionBy expected 'LIST (region)', found 'RANGE (day)'\n"
                        + "-- MANUAL, not run:\n-- cannot be generated: changing the partition key of public.events from"
                        + " RANGE (day) to LIST (region) cannot be done in place: create a new table");
        assertFalse(script.contains("DROP TABLE") || script.contains("CREATE TABLE"), script);
    }

    @Test
    void aPartitionedTableThatBecomesPlainAndANewBoundAreManual() {
        Table plainEvents = plain(EVENTS, COLUMNS, new PrimaryKey("events_pkey", List.of("id", "day"), null),
                List.of(POSITIVE), List.of());
        ReconcilePlan unpartition = plan(tables(parent("RANGE (day)", List.of())), tables(plainEvents));
        assertEquals(List.of("-- cannot be generated: turning partitioned table public.events (RANGE (day)) into a plain"
                + " table cannot be done in place: create a new table with the wanted partitioning and its partitions,"
                + " copy the rows (INSERT INTO new SELECT * FROM old), move the foreign keys, views, policies and grants"
                + " that use it, then swap the names in one transaction; write this step by hand"),
                unpartition.steps().stream().map(ReconcileStep::sql).toList());
        ReconcilePlan bound = plan(tables(parent("RANGE (day)", List.of()), partition(EVENTS_2024, EVENTS, Y2024, null)),
                tables(parent("RANGE (day)", List.of()),
                        partition(EVENTS_2024, EVENTS, "FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')", null)));
        assertEquals(1, bound.manualSteps().size(), bound.steps().toString());
        assertTrue(bound.manualSteps().get(0).sql().contains("changing the bound of partition public.events_2024 from "
                + Y2024 + " to FOR VALUES FROM ('2024-01-01') TO ('2024-07-01') cannot be generated safely"),
                bound.manualSteps().get(0).sql());
    }

    @Test
    void partitionsAndChildrenAreDroppedBeforeTheirParents() {
        QualifiedName child = new QualifiedName("public", "old_events");
        String script = script(tables(parent("RANGE (day)", List.of()), partition(EVENTS_2024, EVENTS, Y2024, null),
                plain(child, List.of(), null, List.of(), List.of(EVENTS))), tables());
        assertInOrder(script, "DROP TABLE IF EXISTS public.old_events;", "DROP TABLE IF EXISTS public.events_2024;",
                "DROP TABLE IF EXISTS public.events;");
    }

    @Test
    void inheritAndNoInheritChangeAChildsParentsAndKeepItsColumns() {
        QualifiedName vehicles = new QualifiedName("public", "vehicles");
        QualifiedName trucks = new QualifiedName("public", "trucks");
        Column load = new Column("load", "integer", true, null, null, null, null);
        Table parentTable = plain(vehicles, COLUMNS, null, List.of(POSITIVE), List.of());
        Table standalone = plain(trucks, List.of(COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(2), load), null,
                List.of(), List.of());
        Table child = plain(trucks, List.of(load), null, List.of(), List.of(vehicles));
        String inherit = script(tables(parentTable, standalone), tables(parentTable, child));
        assertInOrder(inherit, "ALTER TABLE public.trucks ADD CONSTRAINT events_id_check CHECK ((id > 0));",
                "ALTER TABLE public.trucks INHERIT public.vehicles;");
        assertFalse(inherit.contains("DROP COLUMN"), inherit);
        String noInherit = script(tables(parentTable, child), tables(parentTable, standalone));
        assertTrue(noInherit.contains("ALTER TABLE public.trucks NO INHERIT public.vehicles;"), noInherit);
        assertFalse(noInherit.contains("ADD COLUMN"), noInherit);
    }
}
