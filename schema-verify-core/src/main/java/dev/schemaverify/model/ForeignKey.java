package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param onDelete {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
 * @param onUpdate as {@code onDelete}
 * @param valid {@code false} for a key added {@code NOT VALID} and not validated since; {@code null} when not
 *     declared (strict mode takes it as {@code true})
 * @param onDeleteColumns the columns of {@code ON DELETE SET NULL (columns)} or {@code SET DEFAULT (columns)}
 *     (PostgreSQL 15+); empty when the action covers every column of the key, {@code null} when not
 *     declared (strict mode takes it as empty)
 * @param comment the {@code COMMENT ON CONSTRAINT} text; {@code null} for none or when not declared (compared only
 *     when comments are switched on, as {@link Column#comment()})
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
        SourceRef source,
        Boolean valid,
        List<String> onDeleteColumns,
        String comment) implements TablePart {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = referencedColumns == null ? null : List.copyOf(referencedColumns);
        onDeleteColumns = onDeleteColumns == null ? null : List.copyOf(onDeleteColumns);
    }

    /** A foreign key whose validity and {@code ON DELETE} column list are not declared. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
            String onDelete, String onUpdate, Boolean deferrable, Boolean initiallyDeferred, SourceRef source) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred,
                source, null, null, null);
    }

    /** A foreign key without a declared comment. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
            String onDelete, String onUpdate, Boolean deferrable, Boolean initiallyDeferred, SourceRef source,
            Boolean valid, List<String> onDeleteColumns) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred,
                source, valid, onDeleteColumns, null);
    }

    @Override
    public String kind() {
        return "foreign key";
    }
}
