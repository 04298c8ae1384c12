package dev.schemaverify.model;

import java.util.Objects;

/**
 * A view or materialized view. The definition is compared as PostgreSQL deparses it
 * ({@code pg_get_viewdef}), never as written.
 */
public record View(QualifiedName name, boolean materialized, String definition, SourceRef source)
        implements SchemaObject {
    public View {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String kind() {
        return materialized ? "materialized view" : "view";
    }

    @Override
    public String path() {
        return name.toString();
    }
}
