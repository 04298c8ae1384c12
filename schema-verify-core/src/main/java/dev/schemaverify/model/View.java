package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view. The definition is compared as PostgreSQL deparses it
 * ({@code pg_get_viewdef}), never as written.
 *
 * @param checkOption {@code LOCAL} or {@code CASCADED} for a view {@code WITH CHECK OPTION}; {@code null}
 *     for none or when not declared
 * @param indexes the indexes of a materialized view (never {@code null}; a contract that declares none
 *     checks none unless in strict mode)
 * @param storage a materialized view's storage parameters, as {@link Table#storage()}
 * @param owner the owning role, as {@link Table#owner()}
 * @param comment the {@code COMMENT ON VIEW} text, as {@link Table#comment()}
 */
public record View(QualifiedName name, boolean materialized, String definition, SourceRef source,
        String checkOption, List<Index> indexes, List<String> storage, String owner, String comment)
        implements SchemaObject {
    public View {
        Objects.requireNonNull(name, "name");
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        storage = storage == null ? null : storage.stream().sorted().toList();
    }

    /** A view without a declared owner or comment. */
    public View(QualifiedName name, boolean materialized, String definition, SourceRef source, String checkOption,
            List<Index> indexes, List<String> storage) {
        this(name, materialized, definition, source, checkOption, indexes, storage, null, null);
    }

    /** This view with another definition, every other property kept. */
    public View withDefinition(String definition) {
        return new View(name, materialized, definition, source, checkOption, indexes, storage, owner, comment);
    }

    /** A view without a declared check option, indexes or storage parameters. */
    public View(QualifiedName name, boolean materialized, String definition, SourceRef source) {
        this(name, materialized, definition, source, null, null, null, null, null);
    }

    @Override
    public String kind() {
        return materialized ? "materialized view" : "view";
    }

    @Override
    public String path() {
        return name.toString();
    }

    /** An index's path in findings: {@code public.order_totals.order_totals_day_idx}. */
    public String indexPath(Index index) {
        return path() + "." + Identifiers.quote(index.name());
    }
}
