package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint (the indexes of primary keys and unique constraints are
 * checked through those constraints).
 *
 * @param method the access method: {@code btree}, {@code gin}, {@code gist}, {@code hash}, {@code brin}
 * @param keys key columns or expressions as PostgreSQL deparses them, in order
 * @param include non-key columns of an {@code INCLUDE} clause
 * @param predicate the {@code WHERE} clause of a partial index, deparsed
 * @param comment the {@code COMMENT ON INDEX} text; {@code null} for none or when not declared (compared only
 *     when comments are switched on, as {@link Column#comment()})
 */
public record Index(
        String name,
        Boolean unique,
        String method,
        List<String> keys,
        List<String> include,
        String predicate,
        SourceRef source,
        String comment) implements TablePart {
    public Index {
        Objects.requireNonNull(name, "name");
        keys = keys == null ? null : List.copyOf(keys);
        include = include == null ? null : List.copyOf(include);
    }

    /** An index without a declared comment. */
    public Index(String name, Boolean unique, String method, List<String> keys, List<String> include, String predicate,
            SourceRef source) {
        this(name, unique, method, keys, include, predicate, source, null);
    }

    @Override
    public String kind() {
        return "index";
    }
}
