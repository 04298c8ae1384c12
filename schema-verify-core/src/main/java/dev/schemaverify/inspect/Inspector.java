package dev.schemaverify.inspect;

import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Snapshot;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads a live database's catalog into a {@link Snapshot} with a small, fixed number of bulk queries:
 * one per kind of object (see the {@code .sql} resources of this package), never one per table.
 *
 * <p>The inspection runs in a read-only transaction that is rolled back, with {@code search_path} set to
 * {@link Sessions#DEPARSE_SEARCH_PATH} so that every deparsed type and expression is schema-qualified
 * and independent of the session. Objects that belong to an extension are left out; objects the model
 * does not cover are listed in {@link Snapshot#notVerified()}.
 */
public final class Inspector {
    private final InspectOptions options;

    public Inspector(InspectOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Inspects the database behind {@code connection}; never changes it. */
    public Snapshot inspect(Connection connection) {
        return inspect(new CatalogQueries(connection));
    }

    /**
     * As {@link #inspect(Connection)}; on a large schema (500 tables or more) the columns are read in a second
     * session that {@code beside} opens on the same database (and that is closed after that one query), while
     * {@code connection} reads the rest. Where the second session cannot be opened, {@code connection} reads
     * them too.
     */
    public Snapshot inspect(Connection connection, Supplier<Connection> beside) {
        return inspect(new CatalogQueries(connection), beside);
    }

    /** As {@link #inspect(Connection)}, through a runner whose statement count tests can read. */
    Snapshot inspect(CatalogQueries queries) {
        return inspect(queries, null);
    }

    private Snapshot inspect(CatalogQueries queries, Supplier<Connection> beside) {
        return Sessions.readOnly(queries, () -> read(queries, null, beside));
    }

    /**
     * Reads the catalog in the caller's read-only scope. With {@code within} set, tables, views and routines
     * are read only where their name is one of those (through the catalog's name indexes), everything else
     * whole: {@link IncrementalInspector} merges them into a snapshot it already holds.
     */
    Snapshot read(CatalogQueries queries, List<String> within) {
        return read(queries, within, null);
    }

    private Snapshot read(CatalogQueries queries, List<String> within, Supplier<Connection> beside) {
        CatalogReader whole = new CatalogReader(queries, beside);
        CatalogReader reader = within == null ? whole : whole.within(within);
        List<Schema> schemas = whole.schemas(options.include(), options.exclude());
        List<String> names = schemas.stream().map(Schema::name).toList();
        CatalogReader.ObjectGrants grants = whole.objectGrants(names);
        return new Snapshot(
                whole.extensions(),
                whole.withPrivileges(schemas, grants),
                whole.enums(names),
                whole.sequences(names, grants).stream().filter(s -> !isExcludedSequence(s.name().name())).toList(),
                reader.tables(names).stream().filter(t -> !options.excludeTables().contains(t.name().name()))
                        .toList(),
                reader.views(names),
                reader.routines(names, grants),
                whole.notVerified(names));
    }

    /**
     * Reads again, in the caller's read-only scope, only the kinds {@code kinds} names ({@link CatalogMarks.Mark}'s
     * letters): tables, views and routines named {@code names}, all enums, all sequences; and the
     * not-verified list. The rest (extensions, schemas) comes from {@code old}: the caller saw that none of it
     * changed. Tables, views and routines come back as the fresh ones only; the caller merges them.
     */
    Snapshot reread(CatalogQueries queries, Snapshot old, List<String> names, java.util.Set<String> kinds) {
        CatalogReader whole = new CatalogReader(queries);
        CatalogReader reader = whole.within(names);
        List<String> schemas = old.schemas().stream().map(Schema::name).toList();
        boolean routines = kinds.contains("f");
        boolean sequences = kinds.contains("s");
        CatalogReader.ObjectGrants grants = routines || sequences ? whole.objectGrants(schemas) : null;
        return new Snapshot(
                old.extensions(),
                old.schemas(),
                kinds.contains("t") ? whole.enums(schemas) : old.enums(),
                sequences ? whole.sequences(schemas, grants).stream().filter(s -> !isExcludedSequence(s.name().name()))
                        .toList() : old.sequences(),
                kinds.contains("r") ? reader.tables(schemas).stream()
                        .filter(t -> !options.excludeTables().contains(t.name().name())).toList() : List.of(),
                kinds.contains("v") ? reader.views(schemas) : List.of(),
                routines ? reader.routines(schemas, grants) : List.of(),
                whole.notVerified(schemas));
    }

    private boolean isExcludedSequence(String name) {
        return options.excludeTables().stream().anyMatch(table -> name.startsWith(table + "_") && name.endsWith("_seq"));
    }
}
