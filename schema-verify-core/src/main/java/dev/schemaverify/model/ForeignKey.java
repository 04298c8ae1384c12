package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param onDelete {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
 * @param onUpdate as {@code onDelete}
 */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        String onDelete,
        String onUpdate,
        Boolean deferrable,
        Boolean initiallyDeferred,
        SourceRef source) implements TablePart {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = referencedColumns == null ? null : List.copyOf(referencedColumns);
    }

    @Override
    public String kind() {
        return "foreign key";
    }
}
