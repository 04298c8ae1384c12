package dev.schemaverify.bench;

import dev.schemaverify.model.Column;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a snapshot with a little drift, to time a diff that has findings to report: per 100 tables,
 * one table loses its last column, one has a column's type changed, one has row-level security turned
 * the other way, and one table is gone altogether.
 */
final class SnapshotEdits {
    private SnapshotEdits() {
    }

    /** The drifted copy and how many edits it carries (each edit yields at least one finding). */
    record Drifted(Snapshot snapshot, int edits) {
    }

    static Drifted drift(Snapshot original) {
        List<Table> tables = new ArrayList<>();
        int edits = 0;
        List<Table> sorted = original.tables().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Table table = sorted.get(i);
            switch (i % 100) {
                case 10 -> {
                    if (table.columns().size() > 1) {
                        table = withColumns(table, table.columns().subList(0, table.columns().size() - 1));
                        edits++;
                    }
                }
                case 30 -> {
                    List<Column> columns = new ArrayList<>(table.columns());
                    Column last = columns.get(columns.size() - 1);
                    columns.set(columns.size() - 1, new Column(last.name(), "text".equals(last.type()) ? "integer" : "text",
                            last.nullable(), last.defaultValue(), last.identity(), last.generated(), last.source()));
                    table = withColumns(table, columns);
                    edits++;
                }
                case 50 -> {
                    boolean enabled = Boolean.TRUE.equals(table.rlsEnabled());
                    table = new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(),
                            table.foreignKeys(), table.checks(), table.indexes(), !enabled, table.rlsForced(),
                            table.policies(), table.triggers(), table.grants(), table.source());
                    edits++;
                }
                case 70 -> {
                    edits++;
                    continue;
                }
                default -> {
                    // unchanged
                }
            }
            tables.add(table);
        }
        Snapshot drifted = new Snapshot(original.extensions(), original.schemas(), original.enums(), original.sequences(),
                tables, original.views(), original.routines(), original.notVerified());
        return new Drifted(drifted, edits);
    }

    private static Table withColumns(Table table, List<Column> columns) {
        return new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(),
                table.checks(), table.indexes(), table.rlsEnabled(), table.rlsForced(), table.policies(),
                table.triggers(), table.grants(), table.source());
    }
}
