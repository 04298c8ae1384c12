package dev.schemaverify.model;

import java.util.Objects;

/** A namespace; {@code owner} may be left undeclared in a contract. */
public record Schema(String name, String owner, SourceRef source) implements SchemaObject {
    public Schema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String kind() {
        return "schema";
    }

    @Override
    public String path() {
        return Identifiers.quote(name);
    }
}
