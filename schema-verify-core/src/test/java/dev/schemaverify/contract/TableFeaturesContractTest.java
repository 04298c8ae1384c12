package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract keys of the table-level properties of issue 7: read, located, and written back the same. */
class TableFeaturesContractTest {
    private static final String YAML = """
            contract: 1
            schemas:
              shop:
                sequences:
                  free_seq: {ownedBy: none}
                  ticket_seq: {ownedBy: notes.order_id}
                tables:
                  orders:
                    unlogged: true
                    storage: [fillfactor = 70, Autovacuum_Enabled=false]
                    replicaIdentity: index orders_code_idx
                    columns:
                      id: {type: bigint, identity: BY DEFAULT, identityOptions: {start: 100, increment: 10, cycle: true}}
                      code: {type: text, collation: '"C"'}
                    primaryKey: {columns: [id], deferrable: true, initiallyDeferred: true}
                    unique:
                      orders_code_key: {columns: [code], deferrable: true}
                    foreignKeys:
                      orders_note_fkey:
                        columns: [note_tenant, note_id]
                        references: {table: notes}
                        onDelete: SET NULL
                        onDeleteColumns: [note_id]
                        valid: false
                    checks:
                      orders_id_check: {expression: id > 0, valid: false, noInherit: true}
                views:
                  big_orders: {definition: SELECT 1, checkOption: cascaded}
                materializedViews:
                  totals:
                    definition: SELECT 1 AS day
                    storage: [fillfactor=80]
                    indexes:
                      totals_day_idx: {columns: [day], unique: true}
            """;

    @Test
    void everyNewKeyIsRead() {
        Snapshot snapshot = new ContractReader().read(YAML, "db/contract.yaml").expected();
        Table orders = snapshot.table(new QualifiedName("shop", "orders"));
        assertEquals(Boolean.TRUE, orders.unlogged());
        assertEquals(List.of("autovacuum_enabled=false", "fillfactor=70"), orders.storage());
        assertEquals("INDEX orders_code_idx", orders.replicaIdentity());
        assertEquals(new IdentityOptions(100L, 10L, null, null, null, true), orders.column("id").identityOptions());
        assertEquals("\"C\"", orders.column("code").collation());
        PrimaryKey key = orders.primaryKey();
        assertEquals(List.of(true, true), List.of(key.deferrable(), key.initiallyDeferred()));
        UniqueConstraint unique = orders.uniqueConstraints().get(0);
        assertEquals(Boolean.TRUE, unique.deferrable());
        assertEquals(null, unique.initiallyDeferred());
        ForeignKey note = orders.foreignKeys().get(0);
        assertEquals(List.of("note_id"), note.onDeleteColumns());
        assertEquals(Boolean.FALSE, note.valid());
        CheckConstraint check = orders.checks().get(0);
        assertEquals(List.of("id > 0", "false", "true"),
                List.of(check.expression(), check.valid().toString(), check.noInherit().toString()));
        assertEquals(new SourceRef("db/contract.yaml", 26, 11), check.source());
        assertEquals(List.of("NONE", "shop.notes.order_id"), List.of(snapshot.sequences().get(0).ownedBy(),
                snapshot.sequences().get(1).ownedBy()));
        View big = snapshot.views().get(0);
        assertEquals("CASCADED", big.checkOption());
        View totals = snapshot.views().get(1);
        assertEquals(List.of("fillfactor=80"), totals.storage());
        assertEquals(List.of(new Index("totals_day_idx", true, null, List.of("day"), null, null,
                new SourceRef("db/contract.yaml", 34, 11))), totals.indexes());
    }

    @Test
    void writtenBackItReadsTheSame() {
        ContractReader reader = new ContractReader();
        Snapshot read = reader.read(YAML, "db/contract.yaml").expected();
        String written = new ContractWriter().write(read);
        Snapshot again = reader.read(written, "db/contract.yaml").expected();
        assertEquals(withoutSources(read), withoutSources(again), written);
    }

    private static String withoutSources(Snapshot snapshot) {
        return snapshot.toString().replaceAll("source=[^,\\]]*", "source=?");
    }

    @Test
    void badValuesNameTheFileLineAndTheValidValues() {
        SchemaVerifyException identity = assertThrows(SchemaVerifyException.class, () -> new ContractReader().read(
                "contract: 1\nschemas:\n  s:\n    tables:\n      t: {replicaIdentity: partial}\n", "db/c.yaml"));
        assertEquals("db/c.yaml:5:28: invalid value 'partial' for 'replicaIdentity' in table s.t; valid values are"
                + " DEFAULT, FULL, NOTHING and INDEX index_name", identity.getMessage());
        SchemaVerifyException owner = assertThrows(SchemaVerifyException.class, () -> new ContractReader().read(
                "contract: 1\nschemas:\n  s:\n    sequences:\n      q: {ownedBy: a.b.c.d}\n", "db/c.yaml"));
        assertEquals("db/c.yaml:5:20: 'ownedBy' in sequence s.q must be table.column, schema.table.column or NONE,"
                + " found 'a.b.c.d'", owner.getMessage());
    }
}
