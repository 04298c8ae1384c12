package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partitioning and inheritance keys of a table: read, located errors, written back the same. */
class PartitionContractTest {
    private static final String CONTRACT = """
            contract: 1
            schemas:
              public:
                tables:
                  events:
                    partitionBy: RANGE (happened_on)
                    columns:
                      id: bigint
                      happened_on: date
                  events_2024:
                    partitionOf: events
                    partitionBound: FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
                    partitionBy: LIST (region)
                  old_events:
                    partitionOf: archive."Events"
                    partitionBound: DEFAULT
                  pinned:
                    inherits: [notes, audit.stamped]
                    columns:
                      pinned_at: timestamp
            """;

    private static Table table(Snapshot snapshot, String name) {
        return snapshot.table(new QualifiedName("public", name));
    }

    @Test
    void keysAreReadWithNamesResolvedInTheTablesSchema() {
        Snapshot snapshot = new ContractReader().read(CONTRACT, "db/contract.yaml").expected();
        assertEquals("RANGE (happened_on)", table(snapshot, "events").partitionBy());
        assertEquals(new QualifiedName("public", "events"), table(snapshot, "events_2024").partitionOf());
        assertEquals("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", table(snapshot, "events_2024").partitionBound());
        assertEquals("LIST (region)", table(snapshot, "events_2024").partitionBy());
        assertEquals(new QualifiedName("archive", "Events"), table(snapshot, "old_events").partitionOf());
        assertEquals(List.of(new QualifiedName("public", "notes"), new QualifiedName("audit", "stamped")),
                table(snapshot, "pinned").inherits());
        assertEquals(List.of(), table(snapshot, "events").inherits());
    }

    @Test
    void writtenContractReadsBackToTheSameTables() {
        Snapshot snapshot = new ContractReader().read(CONTRACT, "db/contract.yaml").expected();
        String yaml = new ContractWriter().write(snapshot);
        Snapshot again = new ContractReader().read(yaml, "written.yaml").expected();
        assertEquals(Snapshots.withoutSources(snapshot), Snapshots.withoutSources(again));
        assertEquals(true, yaml.contains("""
                      old_events:
                        partitionOf: archive."Events"
                        partitionBound: DEFAULT
                """), yaml);
    }

    @Test
    void aPartitionNeedsItsBoundAndHasNoColumnsOfItsOwn() {
        assertError("""
                contract: 1
                schemas:
                  public:
                    tables:
                      events_2024:
                        partitionOf: events
                """, "db/contract.yaml:6:22: table public.events_2024 declares 'partitionOf' without 'partitionBound';"
                + " a partition needs both, e.g. partitionOf: events and partitionBound: \"FOR VALUES FROM"
                + " ('2024-01-01') TO ('2025-01-01')\" (or DEFAULT)");
        assertError("""
                contract: 1
                schemas:
                  public:
                    tables:
                      events_2024:
                        partitionOf: events
                        partitionBound: DEFAULT
                        columns:
                          id: bigint
                """, "db/contract.yaml:9:11: table public.events_2024 is a partition of public.events: its columns are"
                + " its parent's; declare them on public.events and remove 'columns' here");
    }

    private static void assertError(String yaml, String expected) {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new ContractReader().read(yaml, "db/contract.yaml"));
        assertEquals(expected, e.getMessage());
    }
}
