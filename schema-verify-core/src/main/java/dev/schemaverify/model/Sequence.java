package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A sequence and its parameters; any parameter may be left undeclared in a contract.
 *
 * @param ownedBy the column of {@code OWNED BY}, {@code schema.table.column} with each part quoted where
 *     PostgreSQL needs it, or {@code NONE}; {@code null} when not declared, and then not compared even in
 *     strict mode (contracts written before it was read do not declare it). Dropping that column or its
 *     table drops the sequence too, which the reconciliation plans around
 * @param grants privileges by role ({@code USAGE}, {@code SELECT}, {@code UPDATE}); {@code null} when not declared
 * @param owner the owning role, as {@link Table#owner()}
 * @param comment the {@code COMMENT ON SEQUENCE} text, as {@link Table#comment()}
 */
public record Sequence(
        QualifiedName name,
        String dataType,
        Long start,
        Long increment,
        Long minValue,
        Long maxValue,
        Long cache,
        Boolean cycle,
        SourceRef source,
        String ownedBy,
        List<Grant> grants,
        String owner,
        String comment) implements SchemaObject {
    public Sequence {
        Objects.requireNonNull(name, "name");
        grants = grants == null ? null : List.copyOf(grants);
    }

    /** A sequence without a declared owner or comment. */
    public Sequence(QualifiedName name, String dataType, Long start, Long increment, Long minValue, Long maxValue,
            Long cache, Boolean cycle, SourceRef source, String ownedBy, List<Grant> grants) {
        this(name, dataType, start, increment, minValue, maxValue, cache, cycle, source, ownedBy, grants, null, null);
    }

    /** A sequence whose owner column and grants are not declared. */
    public Sequence(QualifiedName name, String dataType, Long start, Long increment, Long minValue, Long maxValue,
            Long cache, Boolean cycle, SourceRef source) {
        this(name, dataType, start, increment, minValue, maxValue, cache, cycle, source, (String) null, null, null, null);
    }

    /** A sequence whose grants are not declared. */
    public Sequence(QualifiedName name, String dataType, Long start, Long increment, Long minValue, Long maxValue,
            Long cache, Boolean cycle, SourceRef source, String ownedBy) {
        this(name, dataType, start, increment, minValue, maxValue, cache, cycle, source, ownedBy, null, null, null);
    }

    /** A sequence whose owner column is not declared. */
    public Sequence(QualifiedName name, String dataType, Long start, Long increment, Long minValue, Long maxValue,
            Long cache, Boolean cycle, SourceRef source, List<Grant> grants) {
        this(name, dataType, start, increment, minValue, maxValue, cache, cycle, source, null, grants, null, null);
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
