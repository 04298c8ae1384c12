package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A sequence and its parameters; any parameter may be left undeclared in a contract.
 *
 * @param grants privileges by role ({@code USAGE}, {@code SELECT}, {@code UPDATE}); {@code null} when not declared
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
        List<Grant> grants) implements SchemaObject {
    public Sequence {
        Objects.requireNonNull(name, "name");
        grants = grants == null ? null : List.copyOf(grants);
    }

    /** A sequence whose grants are not declared. */
    public Sequence(QualifiedName name, String dataType, Long start, Long increment, Long minValue, Long maxValue,
            Long cache, Boolean cycle, SourceRef source) {
        this(name, dataType, start, increment, minValue, maxValue, cache, cycle, source, null);
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
