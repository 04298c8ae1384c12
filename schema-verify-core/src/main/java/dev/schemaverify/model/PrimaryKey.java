package dev.schemaverify.model;

import java.util.List;

/**
 * A primary key; its {@code name} may be left undeclared in a contract, then only the columns count.
 *
 * @param deferrable {@code DEFERRABLE}: uniqueness may be checked at commit; {@code null} when not declared
 * @param initiallyDeferred {@code INITIALLY DEFERRED}; {@code null} when not declared
 * @param comment the {@code COMMENT ON CONSTRAINT} text; {@code null} for none or when not declared (compared only
 *     when comments are switched on, as {@link Column#comment()})
 */
public record PrimaryKey(String name, List<String> columns, SourceRef source, Boolean deferrable,
        Boolean initiallyDeferred, String comment) implements TablePart {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /** A primary key whose deferrability is not declared. */
    public PrimaryKey(String name, List<String> columns, SourceRef source) {
        this(name, columns, source, null, null, null);
    }

    /** A primary key without a declared comment. */
    public PrimaryKey(String name, List<String> columns, SourceRef source, Boolean deferrable,
            Boolean initiallyDeferred) {
        this(name, columns, source, deferrable, initiallyDeferred, null);
    }

    @Override
    public String kind() {
        return "primary key";
    }
}
