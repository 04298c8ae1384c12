package dev.schemaverify.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.model.Column;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Partition keys, partitions, bounds and INHERITS parents as the diff reports them. */
class PartitionDiffTest {
    private static final QualifiedName EVENTS = new QualifiedName("public", "events");
    private static final QualifiedName EVENTS_2024 = new QualifiedName("public", "events_2024");
    private static final SourceRef AT = new SourceRef("contract.yaml", 12, 7);
    private static final String Y2024 = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')";

    private static Table table(QualifiedName name, String partitionBy, QualifiedName partitionOf, String bound,
            List<QualifiedName> inherits, SourceRef source) {
        List<Column> columns = partitionOf != null ? List.of()
                : List.of(new Column("id", "bigint", false, null, null, null, source),
                        new Column("day", "date", false, null, null, null, source));
        return new Table(name, columns, null, null, null, null, null, null, null, null, null, null, source,
                partitionBy, partitionOf, bound, inherits);
    }

    private static Snapshot tables(Table... tables) {
        return new Snapshot(null, List.of(new Schema("public", null, null)), null, null, List.of(tables), null, null,
                null);
    }

    private static String render(Snapshot expected, Snapshot actual, boolean strict) {
        return SchemaDiff.diff(expected, actual, new DiffOptions(strict)).stream()
                .map(f -> (f.source() == null ? "" : f.source() + ": ") + "[" + f.code() + "] " + f.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void partitionKeyAndBoundChangesAreTableFindingsAtTheContractLine() {
        Snapshot expected = tables(table(EVENTS, "LIST (day)", null, null, null, AT),
                table(EVENTS_2024, null, EVENTS, "FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')", null, AT));
        Snapshot actual = tables(table(EVENTS, "RANGE (day)", null, null, null, null),
                table(EVENTS_2024, null, EVENTS, Y2024, null, null));
        assertEquals("""
                contract.yaml:12:7: [changed-table] table public.events: partitionBy expected 'LIST (day)', found 'RANGE (day)'
                contract.yaml:12:7: [changed-table] table public.events_2024: partitionBound expected 'FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')', found 'FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')'""",
                render(expected, actual, false));
    }

    @Test
    void aPartitionOfAnotherParentReportsTheParentOnly() {
        QualifiedName archive = new QualifiedName("public", "archive");
        Snapshot expected = tables(table(EVENTS_2024, null, archive, Y2024, null, AT));
        Snapshot actual = tables(table(EVENTS_2024, null, EVENTS, "FOR VALUES IN ('x')", null, null));
        assertEquals("contract.yaml:12:7: [changed-table] table public.events_2024: partitionOf expected 'public.archive',"
                + " found 'public.events'", render(expected, actual, false));
    }

    @Test
    void undeclaredPartitioningIsComparedOnlyInStrictMode() {
        Snapshot expected = tables(table(EVENTS, null, null, null, null, AT),
                table(EVENTS_2024, null, null, null, null, AT));
        Snapshot actual = tables(table(EVENTS, "RANGE (day)", null, null, null, null),
                table(EVENTS_2024, null, EVENTS, Y2024, null, null));
        assertEquals("", render(expected, actual, false));
        assertEquals("""
                contract.yaml:12:7: [changed-table] table public.events: partitionBy expected (none), found 'RANGE (day)'
                contract.yaml:12:7: [changed-table] table public.events_2024: partitionOf expected (none), found 'public.events'""",
                render(expected, actual, true));
    }

    @Test
    void columnsDeclaredOnAPartitionAreComparedWithItsParents() {
        Table partition = new Table(EVENTS_2024, List.of(new Column("day", "timestamp", false, null, null, null, AT)),
                null, null, null, null, null, null, null, null, null, null, AT);
        Snapshot actual = tables(table(EVENTS, "RANGE (day)", null, null, null, null),
                table(EVENTS_2024, null, EVENTS, Y2024, null, null));
        assertEquals("contract.yaml:12:7: [changed-column] column public.events_2024.day: type expected 'timestamp',"
                + " found 'date'", render(tables(partition), actual, false));
    }

    @Test
    void inheritsIsComparedWhenDeclaredOrStrict() {
        QualifiedName child = new QualifiedName("public", "child");
        QualifiedName parent = new QualifiedName("public", "parent");
        Snapshot declared = tables(table(child, null, null, null, List.of(parent), AT));
        Snapshot undeclared = tables(table(child, null, null, null, null, AT));
        Snapshot actual = tables(table(child, null, null, null, List.of(), null));
        Snapshot actualChild = tables(table(child, null, null, null, List.of(parent), null));
        assertEquals("contract.yaml:12:7: [changed-table] table public.child: inherits expected '[public.parent]', found '[]'",
                render(declared, actual, false));
        assertEquals("", render(undeclared, actualChild, false));
        assertEquals("contract.yaml:12:7: [changed-table] table public.child: inherits expected '[]', found '[public.parent]'",
                render(undeclared, actualChild, true));
    }
}
