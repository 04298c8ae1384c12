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
 * @param collation a collation other than the type's default ({@code C}, {@code und-x-icu}; a collation
 *     outside {@code pg_catalog} schema-qualified), {@code null} for the type's default or when not declared
 * @param identityOptions the identity's sequence options; {@code null} for no identity or when not declared
 * @param comment the {@code COMMENT ON COLUMN} text; {@code null} for none or when not declared (compared only
 *     when comments are switched on)
 */
public record Column(
        String name,
        String type,
        Boolean nullable,
        String defaultValue,
        String identity,
        String generated,
        SourceRef source,
        String collation,
        IdentityOptions identityOptions,
        String comment) implements TablePart {
    public Column {
        Objects.requireNonNull(name, "name");
    }

    /** A column without a declared comment. */
    public Column(String name, String type, Boolean nullable, String defaultValue, String identity, String generated,
            SourceRef source, String collation, IdentityOptions identityOptions) {
        this(name, type, nullable, defaultValue, identity, generated, source, collation, identityOptions, null);
    }

    /** This column with another comment, every other property kept. */
    public Column withComment(String comment) {
        return new Column(name, type, nullable, defaultValue, identity, generated, source, collation, identityOptions,
                comment);
    }

    /** A column without a declared collation or identity options. */
    public Column(String name, String type, Boolean nullable, String defaultValue, String identity, String generated,
            SourceRef source) {
        this(name, type, nullable, defaultValue, identity, generated, source, null, null, null);
    }

    @Override
    public String kind() {
        return "column";
    }
}
