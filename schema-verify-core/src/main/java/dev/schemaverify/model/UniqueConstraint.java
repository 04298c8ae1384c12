package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A UNIQUE constraint (a unique index that is not a constraint is an {@link Index}).
 *
 * @param deferrable {@code DEFERRABLE}: uniqueness may be checked at commit; {@code null} when not declared
 * @param initiallyDeferred {@code INITIALLY DEFERRED}; {@code null} when not declared
 * @param comment the {@code COMMENT ON CONSTRAINT} text; {@code null} for none or when not declared (compared only
 *     when comments are switched on, as {@link Column#comment()})
 */
public record UniqueConstraint(String name, List<String> columns, SourceRef source, Boolean deferrable,
        Boolean initiallyDeferred, String comment) implements TablePart {
    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** A unique constraint whose deferrability is not declared. */
    public UniqueConstraint(String name, List<String> columns, SourceRef source) {
        this(name, columns, source, null, null, null);
    }

    /** A unique constraint without a declared comment. */
    public UniqueConstraint(String name, List<String> columns, SourceRef source, Boolean deferrable,
            Boolean initiallyDeferred) {
        this(name, columns, source, deferrable, initiallyDeferred, null);
    }

    @Override
    public String kind() {
        return "unique constraint";
    }
}
