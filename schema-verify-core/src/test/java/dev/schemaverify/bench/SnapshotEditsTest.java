package dev.schemaverify.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.schemaverify.model.Column;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotEditsTest {

    @Test
    void driftsFourTablesInEveryHundred() {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<Column> columns = List.of(
                    new Column("id", "bigint", false, null, "BY DEFAULT", null, null),
                    new Column("note", "text", true, null, null, null, null));
            tables.add(new Table(new QualifiedName("app", String.format("t%05d", i)), columns, null, null, null, null,
                    null, false, false, null, null, null, null));
        }
        Snapshot original = new Snapshot(null, null, null, null, tables, null, null, null);

        SnapshotEdits.Drifted drifted = SnapshotEdits.drift(original);

        assertEquals(8, drifted.edits());
        Snapshot copy = drifted.snapshot();
        assertEquals(198, copy.tables().size());
        assertEquals(1, copy.table(new QualifiedName("app", "t00010")).columns().size());
        assertEquals("integer", copy.table(new QualifiedName("app", "t00130")).column("note").type());
        assertEquals(true, copy.table(new QualifiedName("app", "t00150")).rlsEnabled());
        assertNull(copy.table(new QualifiedName("app", "t00070")));
        assertEquals(original.tables().get(1), copy.table(new QualifiedName("app", "t00001")));
    }
}
