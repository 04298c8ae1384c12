package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.contract.Contract;
import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.contract.ContractWriter;
import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partitioned tables, partitions on several levels and INHERITS children inspected on a real server: each
 * table lists only what is its own (what PostgreSQL copies from a parent is the parent's), and the contract
 * written from it reads back, normalizes and diffs strictly as no drift.
 */
class PartitionInspectorIT {
    private static String url;
    private static Snapshot snapshot;

    @BeforeAll
    static void inspect() throws Exception {
        url = TestDatabases.createDatabase("partitions");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, Fixtures.script("partitions.sql"));
            snapshot = new Inspector(InspectOptions.allSchemas()).inspect(connection);
        }
    }

    private static Table table(String name) {
        Table table = snapshot.table(new QualifiedName("public", name));
        assertNotNull(table, name);
        return table;
    }

    private static QualifiedName q(String name) {
        return new QualifiedName("public", name);
    }

    @Test
    void partitionKeysParentsAndBoundsAsPostgresDeparsesThem() {
        assertEquals("RANGE (counted_on)", table("stock").partitionBy());
        assertEquals(q("stock"), table("stock_2024").partitionOf());
        assertEquals("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", table("stock_2024").partitionBound());
        assertEquals("HASH (shop_id)", table("stock_2024").partitionBy());
        assertEquals(q("stock_2024"), table("stock_2024_b").partitionOf());
        assertEquals("FOR VALUES WITH (modulus 2, remainder 1)", table("stock_2024_b").partitionBound());
        assertEquals("DEFAULT", table("stock_rest").partitionBound());
        assertEquals("LIST (sku)", table("stock_by_sku").partitionBy());
        assertEquals("FOR VALUES IN ('a', 'b')", table("stock_by_sku_a").partitionBound());
        assertEquals(null, table("shops").partitionBy());
        assertEquals(List.of(q("notes")), table("pinned_notes").inherits());
        assertEquals(List.of(), table("stock_2024").inherits(), "a partition's parent is partitionOf only");
    }

    @Test
    void aPartitionListsNothingItHasFromItsParents() {
        for (String partition : List.of("stock_2024", "stock_2024_a", "stock_2024_b")) {
            Table table = table(partition);
            assertEquals(List.of(), table.columns(), partition);
            assertEquals(null, table.primaryKey(), partition);
            assertEquals(List.of(), table.foreignKeys(), partition);
            assertEquals(List.of(), table.checks(), partition);
            assertEquals(List.of(), table.indexes(), partition);
            assertEquals(List.of(), table.triggers(), partition + ": the clone of stock_touch is the parent's");
        }
        assertEquals(List.of("stock_rest_quantity_idx"), table("stock_rest").indexes().stream().map(Index::name).toList(),
                "a local index on a partition is the partition's");
        assertEquals(List.of("stock_sku_idx"), table("stock").indexes().stream().map(Index::name).toList());
        assertEquals(List.of("stock_touch"), table("stock").triggers().stream().map(Trigger::name).toList());
        assertEquals(List.of("stock_shop_id_fkey"), table("stock").foreignKeys().stream().map(ForeignKey::name).toList());
    }

    @Test
    void aForeignKeyToAPartitionedTableIsOneForeignKey() {
        assertEquals(List.of("stock_audits_stock_fkey"),
                table("stock_audits").foreignKeys().stream().map(ForeignKey::name).toList(),
                "PostgreSQL adds one hidden copy per partition of stock");
        assertEquals(q("stock"), table("stock_audits").foreignKeys().get(0).referencedTable());
    }

    @Test
    void partitionLevelSecurityAndGrantsAreThePartitions() {
        assertEquals(Boolean.TRUE, table("stock_rest").rlsEnabled());
        assertEquals(Boolean.FALSE, table("stock").rlsEnabled());
        assertEquals("rest_positive", table("stock_rest").policies().get(0).name());
        assertEquals("PUBLIC", table("stock_2024_a").grants().get(0).grantee());
        assertEquals(List.of(), table("stock").grants());
    }

    @Test
    void anInheritingChildListsOnlyItsOwnColumnsAndChecks() {
        assertEquals(List.of("pinned_at"), table("pinned_notes").columns().stream().map(Column::name).toList(),
                "body is declared on the child too, but inherited: the parent's");
        assertEquals(List.of(), table("pinned_notes").checks());
    }

    @Test
    void writtenContractReadsBackNormalizesAndHasNoStrictDrift() throws Exception {
        String yaml = new ContractWriter().write(snapshot);
        assertTrue(yaml.contains("""
                      stock_2024:
                        partitionOf: stock
                        partitionBound: FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
                        partitionBy: HASH (shop_id)
                """), yaml);
        assertTrue(yaml.contains("""
                      pinned_notes:
                        inherits: [notes]
                """), yaml);
        Contract contract = new ContractReader().read(yaml, "partitions.yaml");
        try (Connection connection = TestDatabases.connect(url)) {
            Snapshot normalized = new ContractNormalizer().normalize(connection, contract.expected());
            List<Finding> findings = SchemaDiff.diff(normalized, snapshot, new DiffOptions(true));
            assertEquals(List.of(), findings.stream().map(Finding::message).toList());
        }
        Table stock2024 = contract.expected().table(q("stock_2024"));
        assertEquals(q("stock"), stock2024.partitionOf());
        assertEquals(List.of(q("notes")), contract.expected().table(q("pinned_notes")).inherits());
    }

    @Test
    void keysAndBoundsWrittenOtherwiseAreDeparsedByPostgres() throws Exception {
        String yaml = """
                contract: 1
                schemas:
                  public:
                    tables:
                      stock:
                        partitionBy: range (counted_on)
                        columns: {shop_id: int, sku: text, counted_on: date, quantity: int4}
                      stock_2024:
                        partitionOf: stock
                        partitionBound: for values from ('2024-1-1') to ('2025-01-01'::date)
                        partitionBy: hash (shop_id)
                      stock_2024_b:
                        partitionOf: stock_2024
                        partitionBound: FOR VALUES WITH (MODULUS 2, REMAINDER 1)
                      stock_rest:
                        partitionOf: stock
                        partitionBound: default
                """;
        try (Connection connection = TestDatabases.connect(url)) {
            Snapshot normalized = new ContractNormalizer().normalize(connection,
                    new ContractReader().read(yaml, "hand-written.yaml").expected());
            assertEquals("RANGE (counted_on)", normalized.table(q("stock")).partitionBy());
            assertEquals("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                    normalized.table(q("stock_2024")).partitionBound());
            assertEquals(List.of(), SchemaDiff.diff(normalized, snapshot, DiffOptions.partial()).stream()
                    .map(Finding::message).toList());
        }
    }

    @Test
    void aPartitionsOwnColumnDefaultIsListedAsNotVerified() throws Exception {
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "BEGIN; ALTER TABLE public.stock_rest ALTER COLUMN quantity SET DEFAULT 0;");
            try {
                Snapshot changed = new Inspector(InspectOptions.allSchemas()).inspect(connection);
                assertEquals(List.of(new NotVerified("inherited column setting", "public.stock_rest.quantity")),
                        changed.notVerified());
            } finally {
                TestDatabases.execute(connection, "ROLLBACK");
            }
        }
        assertEquals(List.of(), snapshot.notVerified());
    }
}
