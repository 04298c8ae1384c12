package dev.schemaverify.model;

import java.util.Objects;

/**
 * A table column.
 *
 * @param type the type as {@code format_type} prints it, e.g. {@code character varying(20)}
 * @param nullable whether NULL is allowed
 * @param defaultValue the default expression as PostgreSQL deparses it
 * @param identity {@code ALWAYS} or {@code BY DEFAULT} for identity columns
 * @param generated the expression of a {@code GENERATED ALWAYS AS (...) STORED} column
 */
public record Column(
        String name,
        String type,
        Boolean nullable,
        String defaultValue,
        String identity,
        String generated,
        SourceRef source) implements TablePart {
    public Column {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String kind() {
        return "column";
    }
}
