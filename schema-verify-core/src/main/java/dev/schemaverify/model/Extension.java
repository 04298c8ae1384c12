package dev.schemaverify.model;

import java.util.Objects;

/** An installed extension; {@code schema} and {@code version} may be left undeclared in a contract. */
public record Extension(String name, String schema, String version, SourceRef source) implements SchemaObject {
    public Extension {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String kind() {
        return "extension";
    }

    @Override
    public String path() {
        return Identifiers.quote(name);
    }
}
