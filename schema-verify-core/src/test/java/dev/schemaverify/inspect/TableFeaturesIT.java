package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.contract.ContractWriter;
import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table-level properties of issue 7 ({@code table-features.sql}) as the bulk queries read them, and
 * their round trip: written to a contract, read back, normalized against the database, and compared in
 * strict mode with no finding.
 */
class TableFeaturesIT {
    private static String url;
    private static Snapshot snapshot;

    @BeforeAll
    static void inspect() throws Exception {
        url = TestDatabases.createDatabase("features");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, Fixtures.script("table-features.sql"));
            snapshot = new Inspector(new InspectOptions(List.of("shop"), List.of())).inspect(connection);
        }
    }

    private static Table table(String name) {
        Table table = snapshot.table(new QualifiedName("shop", name));
        assertNotNull(table, name);
        return table;
    }

    private static View view(String name) {
        return snapshot.views().stream().filter(v -> v.name().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void persistenceStorageAndReplicaIdentity() {
        assertEquals(Boolean.FALSE, table("customers").unlogged());
        assertEquals(Boolean.TRUE, table("orders").unlogged());
        assertEquals(List.of("autovacuum_enabled=false", "fillfactor=70", "toast_tuple_target=4080"),
                table("customers").storage());
        assertEquals(List.of(), table("orders").storage());
        assertEquals("DEFAULT", table("customers").replicaIdentity());
        assertEquals("FULL", table("orders").replicaIdentity());
        assertEquals("INDEX regions_iso_idx", table("regions").replicaIdentity());
    }

    @Test
    void validityInheritanceAndDeferrability() {
        Table orders = table("orders");
        assertEquals(List.of(new CheckConstraint("orders_amount_check", "(amount >= (0)::numeric)", null, true, true),
                new CheckConstraint("orders_id_check", "(id > 0)", null, false, false)), orders.checks());
        assertEquals(List.of(new ForeignKey("orders_region_fkey", List.of("region"), new QualifiedName("shop", "regions"),
                List.of("iso"), "NO ACTION", "NO ACTION", false, false, null, false, List.of())), orders.foreignKeys());
        assertEquals(new PrimaryKey("customers_pkey", List.of("tenant", "id"), null, true, true),
                table("customers").primaryKey());
        assertEquals(List.of(new UniqueConstraint("customers_code_key", List.of("code"), null, true, false)),
                table("customers").uniqueConstraints());
        assertEquals(List.of("order_id"), table("notes").foreignKeys().get(0).onDeleteColumns());
    }

    @Test
    void collationsIdentityOptionsAndOwners() {
        assertEquals("\"C\"", table("customers").column("name").collation());
        assertEquals("\"POSIX\"", table("customers").column("code").collation());
        assertEquals(null, table("customers").column("tenant").collation());
        assertEquals(new IdentityOptions(100L, 10L, 100L, 100000L, 5L, true, "orders_id_seq"), table("orders").column("id").identityOptions());
        assertEquals(List.of("notes_id_seq", "ticket_seq"), snapshot.sequences().stream().map(s -> s.name().name()).toList());
        assertEquals(List.of("shop.notes.id", "shop.notes.order_id"),
                snapshot.sequences().stream().map(Sequence::ownedBy).toList());
        assertEquals(List.of(new Index("regions_iso_c_idx", false, "btree", List.of("iso COLLATE \"C\" bpchar_pattern_ops DESC"),
                List.of(), null, null), new Index("regions_iso_idx", true, "btree", List.of("iso"), List.of(), null, null)),
                table("regions").indexes());
    }

    @Test
    void viewOptionsAndMaterializedViewIndexes() {
        assertEquals("CASCADED", view("big_orders").checkOption());
        assertEquals(null, view("barrier").checkOption());
        View counts = view("region_counts");
        assertEquals(List.of("fillfactor=80"), counts.storage());
        assertEquals(List.of(new Index("region_counts_region_idx", true, "btree", List.of("region"), List.of(), null, null)),
                counts.indexes());
        assertEquals(List.of(new NotVerified("toast storage parameter", "shop.customers (toast.autovacuum_enabled=false)"),
                new NotVerified("view option", "shop.barrier (security_barrier=true)")), snapshot.notVerified());
    }

    @Test
    void everyPropertyRoundTripsThroughTheContract() throws Exception {
        String yaml = new ContractWriter().write(snapshot);
        for (String written : List.of("unlogged: true", "replicaIdentity: FULL", "replicaIdentity: INDEX regions_iso_idx",
                "storage: [autovacuum_enabled=false, fillfactor=70, toast_tuple_target=4080]", "valid: false",
                "noInherit: true", "deferrable: true", "initiallyDeferred: true", "collation: '\"C\"'",
                "identity: BY DEFAULT", "sequence: orders_id_seq", "cache: 5",
                "ownedBy: shop.notes.order_id", "onDeleteColumns: [order_id]", "checkOption: CASCADED",
                "region_counts_region_idx:", "storage: [fillfactor=80]")) {
            assertTrue(yaml.contains(written), written + " in\n" + yaml);
        }
        Snapshot read = new ContractReader().read(yaml, "db/contract.yaml").expected();
        Snapshot normalized;
        try (Connection connection = TestDatabases.connect(url)) {
            normalized = new ContractNormalizer().normalize(connection, read);
        }
        List<Finding> findings = SchemaDiff.diff(normalized, snapshot, new DiffOptions(true));
        assertEquals(List.of(), findings.stream().map(Finding::message).toList(), yaml);
    }
}
