package dev.schemaverify.model;

import java.util.Objects;

/** A sequence and its parameters; any parameter may be left undeclared in a contract. */
public record Sequence(
        QualifiedName name,
        String dataType,
        Long start,
        Long increment,
        Long minValue,
        Long maxValue,
        Long cache,
        Boolean cycle,
        SourceRef source) implements SchemaObject {
    public Sequence {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String kind() {
        return "sequence";
    }

    @Override
    public String path() {
        return name.toString();
    }
}
