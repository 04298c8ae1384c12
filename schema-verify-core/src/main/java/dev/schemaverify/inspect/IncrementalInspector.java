package dev.schemaverify.inspect;

import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.View;
import java.sql.Connection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Inspects a database again after a change, reading only what the change can have touched, for work that
 * inspects the same database over and over (the rollback check: before, after, after the rollback, after
 * the re-apply, for every migration). The result is exactly what {@link Inspector} would read.
 *
 * <p>Each inspection first reads {@link CatalogMarks} (one query). Against the marks of the snapshot it
 * starts from: when the global mark differs (a schema, a role's name, an extension, a comment, default
 * privileges, an operator...), everything is read again; otherwise the relations, routines and types whose
 * mark differs, and transitively every relation, routine and type that depends on one of them
 * ({@code catalog_dependents.sql}: a view on a renamed column, a column of a renamed type), are read
 * through the catalog's name indexes, the kinds without a name index (schemas, enums, sequences, the
 * not-verified list) whole, and merged into the earlier snapshot. So the cost follows what a migration
 * touched, not the size of the schema, and a long history is no longer checked in quadratic time.
 */
public final class IncrementalInspector {
    private final Inspector inspector;

    public IncrementalInspector(InspectOptions options) {
        this.inspector = new Inspector(Objects.requireNonNull(options, "options"));
    }

    /**
     * A snapshot with the catalog marks it was read under: where the next inspection can start from.
     *
     * @param readAgain the names of the tables, views and routines this inspection read again (sorted),
     *     or {@code null} when it read everything
     */
    public record Tracked(Snapshot snapshot, CatalogMarks marks, List<String> readAgain) {
        public Tracked {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(marks, "marks");
            readAgain = readAgain == null ? null : List.copyOf(readAgain);
        }
    }

    /** Inspects the whole database behind {@code connection}; never changes it. */
    public Tracked inspect(Connection connection) {
        return inspect(connection, null);
    }

    /**
     * Inspects the database behind {@code connection}, reading again only what changed since
     * {@code previous} (any earlier inspection of the same database; {@code null} reads everything).
     */
    public Tracked inspect(Connection connection, Tracked previous) {
        CatalogQueries queries = new CatalogQueries(connection);
        return Sessions.readOnly(queries, () -> {
            CatalogMarks now = CatalogMarks.read(queries);
            if (previous == null || !now.global().equals(previous.marks().global())) {
                return new Tracked(inspector.read(queries, null), now, null);
            }
            Set<Long> changed = now.changedSince(previous.marks());
            if (changed.isEmpty()) {
                return new Tracked(previous.snapshot(), now, List.of());
            }
            Set<Long> affected = new HashSet<>(changed);
            List<Long> frontier = changed.stream().filter(now.objects()::containsKey).toList();
            while (!frontier.isEmpty()) {
                List<String> oids = frontier.stream().map(String::valueOf).toList();
                frontier = queries.query("catalog_dependents", row -> row.getLong("owner"), oids).stream()
                        .filter(owner -> now.objects().containsKey(owner) && affected.add(owner)).toList();
            }
            Set<String> names = CatalogMarks.names(affected, List.of(now, previous.marks()));
            Set<String> kinds = now.kinds(affected, previous.marks());
            List<String> sorted = names.stream().sorted().toList();
            Snapshot fresh = inspector.reread(queries, previous.snapshot(), sorted, kinds);
            return new Tracked(merge(previous.snapshot(), fresh, names, kinds), now, sorted);
        });
    }

    /**
     * Of the kinds read again, {@code old}'s tables, views and routines not named {@code names} and the fresh
     * ones; the kinds not read again as they were; the rest as {@code fresh} holds it.
     */
    static Snapshot merge(Snapshot old, Snapshot fresh, Set<String> names, Set<String> kinds) {
        return new Snapshot(fresh.extensions(), fresh.schemas(), fresh.enums(), fresh.sequences(),
                !kinds.contains("r") ? old.tables()
                        : merged(old.tables(), fresh.tables(), names, t -> t.name().name(), Comparator.comparing(Table::name)),
                !kinds.contains("v") ? old.views()
                        : merged(old.views(), fresh.views(), names, v -> v.name().name(), Comparator.comparing(View::name)),
                !kinds.contains("f") ? old.routines() : merged(old.routines(), fresh.routines(), names,
                        r -> r.name().name(), Comparator.comparing(Routine::name).thenComparing(Routine::arguments)),
                fresh.notVerified());
    }

    /** The fresh objects, and the old ones whose name was not read again (a name read again and not found is gone). */
    private static <T> List<T> merged(List<T> old, List<T> fresh, Set<String> names, Function<T, String> name,
            Comparator<T> order) {
        return Stream.concat(old.stream().filter(o -> !names.contains(name.apply(o))), fresh.stream())
                .sorted(order).toList();
    }
}
