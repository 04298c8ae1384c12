package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/** An enum type with its labels in their declared sort order. */
public record EnumType(QualifiedName name, List<String> labels, SourceRef source) implements SchemaObject {
    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = labels == null ? null : List.copyOf(labels);
    }

    @Override
    public String kind() {
        return "enum";
    }

    @Override
    public String path() {
        return name.toString();
    }
}
