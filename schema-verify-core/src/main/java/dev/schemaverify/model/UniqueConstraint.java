package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/** A UNIQUE constraint (a unique index that is not a constraint is an {@link Index}). */
public record UniqueConstraint(String name, List<String> columns, SourceRef source) implements TablePart {
    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    @Override
    public String kind() {
        return "unique constraint";
    }
}
