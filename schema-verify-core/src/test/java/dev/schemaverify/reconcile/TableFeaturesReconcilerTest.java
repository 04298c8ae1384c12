package dev.schemaverify.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.schemaverify.reconcile.ReconcilerTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL planned for the table-level properties of issue 7, asserted as rendered. */
class TableFeaturesReconcilerTest {
    private static final QualifiedName T = new QualifiedName("public", "t");
    private static final ReconcileOptions ALL = new ReconcileOptions(true, true, false);
    private static final Column ID = new Column("id", "integer", false, null, null, null, null);

    private static Table table(QualifiedName name, List<Column> columns, List<UniqueConstraint> uniques,
            List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, Boolean unlogged,
            List<String> storage, String replicaIdentity) {
        return new Table(name, columns, new PrimaryKey(name.name() + "_pkey", List.of("id"), null, false, false), uniques,
                foreignKeys, checks, indexes, false, false, List.of(), List.of(), List.of(), null, unlogged, storage,
                replicaIdentity);
    }

    private static Table plain(List<Column> columns, List<CheckConstraint> checks) {
        return table(T, columns, List.of(), List.of(), checks, List.of(), false, List.of(), "DEFAULT");
    }

    private static Snapshot snapshot(List<Sequence> sequences, List<Table> tables, List<View> views) {
        return new Snapshot(List.of(), List.of(), List.of(), sequences, tables, views, List.of(), List.of());
    }

    private static Snapshot tables(Table... tables) {
        return snapshot(List.of(), List.of(tables), List.of());
    }

    private static String script(Snapshot actual, Snapshot expected) {
        return ReconcileScript.render(Reconciler.plan(actual, expected, ALL), "database A -> database E", true);
    }

    private static CheckConstraint check(Boolean valid) {
        return new CheckConstraint("t_id_check", "(id > 0)", null, valid, false);
    }

    @Test
    void aConstraintNotValidYetIsValidatedInPlace() {
        String script = script(tables(plain(List.of(ID), List.of(check(false)))), tables(plain(List.of(ID), List.of(check(true)))));
        assertTrue(script.contains("""
                -- [1/1] fixes: check constraint public.t.t_id_check: valid expected 'true', found 'false'
                -- note: scans the table under a SHARE UPDATE EXCLUSIVE lock; fails if existing rows break the constraint
                ALTER TABLE public.t VALIDATE CONSTRAINT t_id_check;
                """), script);
    }

    @Test
    void aValidatedConstraintExpectedNotValidIsAddedAgainNotValid() {
        String script = script(tables(plain(List.of(ID), List.of(check(true)))), tables(plain(List.of(ID), List.of(check(false)))));
        assertInOrder(script, "ALTER TABLE public.t DROP CONSTRAINT IF EXISTS t_id_check;",
                "ALTER TABLE public.t ADD CONSTRAINT t_id_check CHECK ((id > 0)) NOT VALID;");
        assertFalse(script.contains("VALIDATE CONSTRAINT"), script);
    }

    @Test
    void aTypeWithoutACastIsAManualStepAndTheRestOfTheScriptRuns() {
        Column before = new Column("at", "bigint", false, "0", null, null, null);
        Column after = new Column("at", "timestamp without time zone", false, "now()", null, null, null);
        Column noteBefore = new Column("note", "integer", true, null, null, null, null);
        Column noteAfter = new Column("note", "text", true, null, null, null, null);
        ReconcilePlan plan = Reconciler.plan(tables(plain(List.of(ID, before, noteBefore), List.of())),
                tables(plain(List.of(ID, after, noteAfter), List.of())), ALL);
        assertEquals(1, plan.manualSteps().size());
        String script = ReconcileScript.render(plan, "database A -> database E", true);
        assertTrue(script.contains("-- 1 step is MANUAL: written commented out and never run; complete each (search for"
                + " MANUAL) and run it yourself.\n"), script);
        assertTrue(script.contains("""
                -- MANUAL, not run: complete it, then run it by hand:
                -- ALTER TABLE public.t ALTER COLUMN at DROP DEFAULT;
                -- ALTER TABLE public.t ALTER COLUMN at TYPE timestamp without time zone USING (<FILL IN: an expression \
                turning at (bigint) into timestamp without time zone>);
                -- ALTER TABLE public.t ALTER COLUMN at SET DEFAULT now();
                """), script);
        assertTrue(script.contains("\n        ALTER TABLE public.t ALTER COLUMN note TYPE text USING note::text;\n"), script);
    }

    @Test
    void castsComeFromPostgresqlsCatalog() {
        assertFalse(Casts.convertible("bigint", "timestamp without time zone"));
        assertFalse(Casts.convertible("timestamp(3) with time zone", "integer"));
        assertFalse(Casts.convertible("bigint", "boolean"));
        assertTrue(Casts.convertible("integer", "boolean"));
        assertTrue(Casts.convertible("character varying(20)", "uuid"));
        assertTrue(Casts.convertible("integer[]", "bigint[]"));
        assertTrue(Casts.convertible("public.mood", "integer"));
    }

    @Test
    void dropIndexIsGuardedAgainstAnIndexThatNowBacksAConstraint() {
        Table before = table(T, List.of(ID), List.of(), List.of(), List.of(),
                List.of(new Index("t_email_key", true, "btree", List.of("email"), List.of(), null, null)), false, List.of(),
                "DEFAULT");
        Table after = table(T, List.of(ID), List.of(new UniqueConstraint("t_email_key", List.of("email"), null, false, false)),
                List.of(), List.of(), List.of(), false, List.of(), "DEFAULT");
        assertInOrder(script(tables(before), tables(after)),
                "IF EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indexrelid = pg_catalog.to_regclass('public.t_email_key')"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid"
                        + " AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))) THEN\n"
                        + "        DROP INDEX IF EXISTS public.t_email_key;",
                "ALTER TABLE public.t ADD CONSTRAINT t_email_key UNIQUE (email);");
    }

    @Test
    void aUniqueIndexIsBuiltBeforeTheForeignKeyThatReferencesIt() {
        QualifiedName cities = new QualifiedName("public", "cities");
        Index iso = new Index("t_iso_idx", true, "btree", List.of("iso"), List.of(), null, null);
        ForeignKey country = new ForeignKey("cities_iso_fkey", List.of("iso"), T, List.of("iso"), "NO ACTION",
                "NO ACTION", false, false, null, true, List.of());
        Table parentBefore = plain(List.of(ID), List.of());
        Table parentAfter = table(T, List.of(ID), List.of(), List.of(), List.of(), List.of(iso), false, List.of(), "DEFAULT");
        Table childBefore = table(cities, List.of(ID), List.of(), List.of(), List.of(), List.of(), false, List.of(), "DEFAULT");
        Table childAfter = table(cities, List.of(ID), List.of(), List.of(country), List.of(), List.of(), false, List.of(),
                "DEFAULT");
        assertInOrder(script(tables(childBefore, parentBefore), tables(childAfter, parentAfter)),
                "-- note: before the foreign keys, which may reference it; not concurrently, for the same reason\n"
                        + "CREATE UNIQUE INDEX IF NOT EXISTS t_iso_idx ON public.t (iso);",
                "ADD CONSTRAINT cities_iso_fkey FOREIGN KEY (iso) REFERENCES public.t (iso) NOT VALID;",
                "ALTER TABLE public.cities VALIDATE CONSTRAINT cities_iso_fkey;");
    }

    @Test
    void persistenceStorageAndReplicaIdentityChangeInPlace() {
        Table before = table(T, List.of(ID), List.of(), List.of(), List.of(), List.of(), false,
                List.of("autovacuum_enabled=false", "fillfactor=70"), "FULL");
        Table after = table(T, List.of(ID), List.of(), List.of(), List.of(), List.of(), true,
                List.of("fillfactor=90", "toast_tuple_target=4080"), "INDEX t_pkey");
        assertInOrder(script(tables(before), tables(after)),
                "ALTER TABLE public.t SET UNLOGGED;",
                "ALTER TABLE public.t SET (fillfactor='90', toast_tuple_target='4080');",
                "ALTER TABLE public.t RESET (autovacuum_enabled);",
                "ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_pkey;");
    }

    @Test
    void aNewTableIsCreatedWithItsOptions() {
        Column word = new Column("word", "text", false, null, null, null, null, "\"C\"", null);
        Column no = new Column("no", "bigint", false, null, "BY DEFAULT", null, null, null,
                new IdentityOptions(100L, 10L, null, null, 5L, true));
        Table created = table(T, List.of(ID, word, no), List.of(), List.of(), List.of(check(false)), List.of(), true,
                List.of("fillfactor=70"), "FULL");
        assertInOrder(script(tables(), tables(created)),
                "CREATE UNLOGGED TABLE IF NOT EXISTS public.t (\n    id integer NOT NULL,\n    word text COLLATE \"C\" NOT NULL,\n"
                        + "    no bigint GENERATED BY DEFAULT AS IDENTITY (INCREMENT BY 10 START WITH 100 CACHE 5 CYCLE) NOT NULL,\n"
                        + "    CONSTRAINT t_pkey PRIMARY KEY (id)\n) WITH (fillfactor='70');",
                "ALTER TABLE public.t ADD CONSTRAINT t_id_check CHECK ((id > 0)) NOT VALID;",
                "ALTER TABLE public.t REPLICA IDENTITY FULL;");
    }

    @Test
    void collationAndIdentityOptionsOfAKeptColumn() {
        IdentityOptions one = new IdentityOptions(1L, 1L, 1L, 2147483647L, 1L, false);
        Column before = new Column("no", "integer", false, null, "ALWAYS", null, null, null, one);
        Column after = new Column("no", "integer", false, null, "ALWAYS", null, null, null,
                new IdentityOptions(1L, 5L, 1L, 2147483647L, 1L, true));
        Column word = new Column("word", "text", true, null, null, null, null, null, null);
        Column wordC = new Column("word", "text", true, null, null, null, null, "\"C\"", null);
        assertInOrder(script(tables(plain(List.of(ID, before, word), List.of())),
                        tables(plain(List.of(ID, after, wordC), List.of()))),
                "ALTER TABLE public.t ALTER COLUMN no SET INCREMENT BY 5 SET CYCLE;",
                "ALTER TABLE public.t ALTER COLUMN word TYPE text COLLATE \"C\";");
    }

    @Test
    void aKeptSequenceIsReleasedBeforeTheTableThatOwnsItIsDropped() {
        QualifiedName legacy = new QualifiedName("public", "legacy");
        Sequence owned = new Sequence(new QualifiedName("public", "legacy_id_seq"), "integer", 1L, 1L, 1L, 2147483647L,
                1L, false, null, "public.legacy.id");
        Sequence free = new Sequence(owned.name(), "integer", 1L, 1L, 1L, 2147483647L, 1L, false, null, "NONE");
        Table dropped = table(legacy, List.of(ID), List.of(), List.of(), List.of(), List.of(), false, List.of(), "DEFAULT");
        assertInOrder(script(snapshot(List.of(owned), List.of(dropped), List.of()), snapshot(List.of(free), List.of(), List.of())),
                "AND d.refobjid = pg_catalog.to_regclass('public.legacy') AND a.attname = 'id') THEN\n"
                        + "        ALTER SEQUENCE public.legacy_id_seq OWNED BY NONE;",
                "DROP TABLE IF EXISTS public.legacy;",
                "ALTER SEQUENCE public.legacy_id_seq OWNED BY NONE;");
    }

    @Test
    void aRecreatedMaterializedViewGetsItsIndexesBack() {
        QualifiedName totals = new QualifiedName("public", "totals");
        Index day = new Index("totals_day_idx", true, "btree", List.of("day"), List.of(), null, null);
        View before = new View(totals, true, "SELECT 1 AS day;", null, null, List.of(day), List.of());
        View after = new View(totals, true, "SELECT 2 AS day;", null, null, List.of(day), List.of("fillfactor=80"));
        assertInOrder(script(snapshot(List.of(), List.of(), List.of(before)), snapshot(List.of(), List.of(), List.of(after))),
                "DROP MATERIALIZED VIEW IF EXISTS public.totals;",
                "CREATE MATERIALIZED VIEW IF NOT EXISTS public.totals WITH (fillfactor='80') AS\nSELECT 2 AS day;",
                "CREATE UNIQUE INDEX IF NOT EXISTS totals_day_idx ON public.totals (day);");
    }

    @Test
    void onDeleteSetNullOfSomeColumnsAndAViewCheckOption() {
        ForeignKey all = new ForeignKey("t_author_fkey", List.of("tenant", "author"), T, List.of("tenant", "id"),
                "SET NULL", "NO ACTION", false, false, null, true, List.of());
        ForeignKey some = new ForeignKey("t_author_fkey", List.of("tenant", "author"), T, List.of("tenant", "id"),
                "SET NULL", "NO ACTION", false, false, null, true, List.of("author"));
        View open = new View(new QualifiedName("public", "open"), false, "SELECT 1;", null, null, null, null);
        View checked = new View(open.name(), false, "SELECT 1;", null, "LOCAL", null, null);
        Table before = table(T, List.of(ID), List.of(), List.of(all), List.of(), List.of(), false, List.of(), "DEFAULT");
        Table after = table(T, List.of(ID), List.of(), List.of(some), List.of(), List.of(), false, List.of(), "DEFAULT");
        assertInOrder(script(snapshot(List.of(), List.of(before), List.of(open)), snapshot(List.of(), List.of(after),
                        List.of(checked))),
                "FOREIGN KEY (tenant, author) REFERENCES public.t (tenant, id) ON DELETE SET NULL (author) NOT VALID;",
                "CREATE OR REPLACE VIEW public.open WITH (check_option='local') AS\nSELECT 1;");
    }
}
