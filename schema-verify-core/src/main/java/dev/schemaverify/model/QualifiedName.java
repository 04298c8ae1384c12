package dev.schemaverify.model;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified object name, compared exactly as PostgreSQL stores it (case-sensitive). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Parses {@code schema.name}; a name without a schema is placed in {@code defaultSchema}. Double
     * quotes protect dots and case: {@code "My.Schema"."Table"}.
     */
    public static QualifiedName parse(String text, String defaultSchema) {
        java.util.List<String> parts = Identifiers.splitQualified(text);
        if (parts.size() == 1) {
            return new QualifiedName(defaultSchema, parts.get(0));
        }
        if (parts.size() == 2) {
            return new QualifiedName(parts.get(0), parts.get(1));
        }
        throw new IllegalArgumentException("not a schema-qualified name: " + text);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code schema.name}, each part quoted only where PostgreSQL would need it. */
    @Override
    public String toString() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }
}
