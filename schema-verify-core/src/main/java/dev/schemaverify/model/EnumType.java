package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * An enum type with its labels in their declared sort order.
 *
 * @param owner the owning role, as {@link Table#owner()}
 * @param comment the {@code COMMENT ON TYPE} text, as {@link Table#comment()}
 */
public record EnumType(QualifiedName name, List<String> labels, SourceRef source, String owner, String comment)
        implements SchemaObject {
    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = labels == null ? null : List.copyOf(labels);
    }

    /** An enum type without a declared owner or comment. */
    public EnumType(QualifiedName name, List<String> labels, SourceRef source) {
        this(name, labels, source, null, null);
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
