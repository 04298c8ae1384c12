package dev.schemaverify.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table-level properties of issue 7: validity, NO INHERIT, deferrable keys, collations, identity
 * options, OWNED BY, persistence, storage parameters, replica identity, check options and materialized
 * view indexes; each a typed finding with expected, actual and the contract's location.
 */
class TableFeaturesDiffTest {
    private static final QualifiedName ORDERS = new QualifiedName("public", "orders");
    private static final QualifiedName TOTALS = new QualifiedName("public", "totals");
    private static final SourceRef AT = new SourceRef("contract.yaml", 4, 7);

    private static Table orders(List<Column> columns, PrimaryKey key, List<UniqueConstraint> uniques,
            List<ForeignKey> foreignKeys, List<CheckConstraint> checks, Boolean unlogged, List<String> storage,
            String replicaIdentity) {
        return new Table(ORDERS, columns, key, uniques, foreignKeys, checks, List.of(), null, null, List.of(), List.of(),
                List.of(), AT, unlogged, storage, replicaIdentity);
    }

    private static Snapshot snapshot(List<Sequence> sequences, List<Table> tables, List<View> views) {
        return new Snapshot(null, List.of(new Schema("public", null, null)), null, sequences, tables, views, null, null);
    }

    private static String render(List<Finding> findings) {
        return findings.stream().map(f -> (f.source() == null ? "" : f.source() + ": ") + f.severity().label() + " ["
                + f.code() + "] " + f.message()).collect(Collectors.joining("\n"));
    }

    private static final IdentityOptions DEFAULTS = new IdentityOptions(1L, 1L, 1L, 2147483647L, 1L, false);

    private static Table actualOrders() {
        Column id = new Column("id", "integer", false, null, "ALWAYS", null, null, null, DEFAULTS);
        Column code = new Column("code", "text", true, null, null, null, null, "\"C\"", null);
        ForeignKey customer = new ForeignKey("orders_customer_fkey", List.of("tenant", "customer"),
                new QualifiedName("public", "customers"), List.of("tenant", "id"), "SET NULL", "NO ACTION", false, false,
                null, false, List.of("customer"));
        return orders(List.of(id, code), new PrimaryKey("orders_pkey", List.of("id"), null, false, false),
                List.of(new UniqueConstraint("orders_code_key", List.of("code"), null, false, false)), List.of(customer),
                List.of(new CheckConstraint("orders_id_check", "(id > 0)", null, true, false)), false,
                List.of("fillfactor=70"), "DEFAULT");
    }

    @Test
    void declaredTablePropertiesAreComparedWithExpectedAndActual() {
        Column id = new Column("id", "integer", false, null, "ALWAYS", null, AT, null,
                new IdentityOptions(100L, 5L, null, null, null, null));
        Column code = new Column("code", "text", true, null, null, null, AT, "\"POSIX\"", null);
        ForeignKey customer = new ForeignKey("orders_customer_fkey", List.of("tenant", "customer"),
                new QualifiedName("public", "customers"), List.of("tenant", "id"), "SET NULL", null, null, null, AT,
                true, List.of());
        Table expected = orders(List.of(id, code), new PrimaryKey("orders_pkey", List.of("id"), AT, true, true),
                List.of(new UniqueConstraint("orders_code_key", List.of("code"), AT, true, null)), List.of(customer),
                List.of(new CheckConstraint("orders_id_check", "(id > 0)", AT, false, true)), true,
                List.of("autovacuum_enabled=false", "fillfactor=70"), "FULL");

        assertEquals("""
                contract.yaml:4:7: error [changed-primary-key] primary key public.orders: deferrable expected 'true', found 'false'
                contract.yaml:4:7: error [changed-primary-key] primary key public.orders: initiallyDeferred expected 'true', found 'false'
                contract.yaml:4:7: error [changed-table] table public.orders: replicaIdentity expected 'FULL', found 'DEFAULT'
                contract.yaml:4:7: error [changed-table] table public.orders: storage expected '[autovacuum_enabled=false, fillfactor=70]', found '[fillfactor=70]'
                contract.yaml:4:7: error [changed-table] table public.orders: unlogged expected 'true', found 'false'
                contract.yaml:4:7: error [changed-column] column public.orders.code: collation expected '"POSIX"', found '"C"'
                contract.yaml:4:7: error [changed-column] column public.orders.id: identity.increment expected '5', found '1'
                contract.yaml:4:7: error [changed-column] column public.orders.id: identity.start expected '100', found '1'
                contract.yaml:4:7: error [changed-unique-constraint] unique constraint public.orders.orders_code_key: deferrable expected 'true', found 'false'
                contract.yaml:4:7: error [changed-foreign-key] foreign key public.orders.orders_customer_fkey: onDeleteColumns expected '[]', found '[customer]'
                contract.yaml:4:7: error [changed-foreign-key] foreign key public.orders.orders_customer_fkey: valid expected 'true', found 'false'
                contract.yaml:4:7: error [changed-check-constraint] check constraint public.orders.orders_id_check: noInherit expected 'true', found 'false'
                contract.yaml:4:7: error [changed-check-constraint] check constraint public.orders.orders_id_check: valid expected 'false', found 'true'""",
                render(SchemaDiff.diff(snapshot(null, List.of(expected), null), snapshot(null, List.of(actualOrders()), null),
                        DiffOptions.partial())));
    }

    @Test
    void undeclaredTablePropertiesAreNotComparedInPartialMode() {
        Table expected = orders(List.of(new Column("id", "integer", null, null, null, null, AT)),
                new PrimaryKey(null, List.of("id"), AT), List.of(new UniqueConstraint("orders_code_key", List.of("code"), AT)),
                List.of(), List.of(new CheckConstraint("orders_id_check", "(id > 0)", AT)), null, null, null);
        assertEquals("", render(SchemaDiff.diff(snapshot(null, List.of(expected), null),
                snapshot(null, List.of(actualOrders()), null), DiffOptions.partial())));
    }

    @Test
    void strictModeHoldsUndeclaredPropertiesToWhatAPlainCreateGives() {
        Table expected = orders(List.of(new Column("id", "integer", false, null, "ALWAYS", null, AT),
                        new Column("code", "text", true, null, null, null, AT)),
                new PrimaryKey("orders_pkey", List.of("id"), AT), List.of(new UniqueConstraint("orders_code_key",
                        List.of("code"), AT)),
                List.of(new ForeignKey("orders_customer_fkey", List.of("tenant", "customer"),
                        new QualifiedName("public", "customers"), List.of("tenant", "id"), "SET NULL", "NO ACTION",
                        false, false, AT)),
                List.of(new CheckConstraint("orders_id_check", "(id > 0)", AT)), null, null, null);
        assertEquals("""
                contract.yaml:4:7: error [changed-table] table public.orders: storage expected '[]', found '[fillfactor=70]'
                contract.yaml:4:7: error [changed-column] column public.orders.code: collation expected (none), found '"C"'
                contract.yaml:4:7: error [changed-foreign-key] foreign key public.orders.orders_customer_fkey: onDeleteColumns expected '[]', found '[customer]'
                contract.yaml:4:7: error [changed-foreign-key] foreign key public.orders.orders_customer_fkey: valid expected 'true', found 'false'""",
                render(SchemaDiff.diff(snapshot(null, List.of(expected), null), snapshot(null, List.of(actualOrders()), null),
                        new DiffOptions(true))));
    }

    @Test
    void sequenceOwnerViewCheckOptionAndMaterializedViewIndexes() {
        Sequence want = new Sequence(new QualifiedName("public", "orders_no"), null, null, null, null, null, null, null,
                AT, "public.orders.id");
        Sequence have = new Sequence(new QualifiedName("public", "orders_no"), "bigint", 1L, 1L, 1L, 9L, 1L, false, null,
                "public.orders.code");
        View checked = new View(new QualifiedName("public", "open_orders"), false, null, AT, "CASCADED", null, null);
        View plain = new View(new QualifiedName("public", "open_orders"), false, "SELECT 1;", null, "LOCAL", null, null);
        Index day = new Index("totals_day_idx", true, "btree", List.of("day"), List.of(), null, AT);
        Index region = new Index("totals_region_idx", false, "btree", List.of("region"), List.of(), null, null);
        View wantTotals = new View(TOTALS, true, null, AT, null, List.of(day), List.of("fillfactor=80"));
        View haveTotals = new View(TOTALS, true, "SELECT 1;", null, null,
                List.of(new Index("totals_day_idx", false, "btree", List.of("day"), List.of(), null, null), region),
                List.of());

        assertEquals("""
                contract.yaml:4:7: error [changed-view] view public.open_orders: checkOption expected 'CASCADED', found 'LOCAL'
                contract.yaml:4:7: error [changed-sequence] sequence public.orders_no: ownedBy expected 'public.orders.id', found 'public.orders.code'
                contract.yaml:4:7: error [changed-materialized-view] materialized view public.totals: storage expected '[fillfactor=80]', found '[]'
                contract.yaml:4:7: error [changed-index] index public.totals.totals_day_idx: unique expected 'true', found 'false'
                contract.yaml:4:7: error [unexpected-index] index public.totals.totals_region_idx is not in the contract""",
                render(SchemaDiff.diff(snapshot(List.of(want), null, List.of(checked, wantTotals)),
                        snapshot(List.of(have), null, List.of(plain, haveTotals)), new DiffOptions(true))));
    }
}
