package dev.schemaverify.model;

import java.util.Objects;

/**
 * An installed extension; {@code schema} and {@code version} may be left undeclared in a contract.
 *
 * @param comment the {@code COMMENT ON EXTENSION} text other than the one the extension's own script sets
 *     (its control file's, {@code pg_available_extensions.comment}), which counts as none; {@code null} for
 *     that or when not declared. Compared only when comments are switched on, as {@link Table#comment()}
 */
public record Extension(String name, String schema, String version, SourceRef source, String comment)
        implements SchemaObject {
    public Extension {
        Objects.requireNonNull(name, "name");
    }

    /** An extension without a declared comment. */
    public Extension(String name, String schema, String version, SourceRef source) {
        this(name, schema, version, source, null);
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
