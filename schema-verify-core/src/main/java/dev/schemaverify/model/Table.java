package dev.schemaverify.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table and everything attached to it. Lists are never {@code null}; a contract that declares no
 * indexes checks no indexes (unless in strict mode).
 *
 * @param rlsEnabled row-level security enabled; {@code null} in a contract when not declared
 * @param rlsForced row-level security forced on the table owner; {@code null} when not declared
 * @param unlogged {@code UNLOGGED} (not written to the WAL, emptied after a crash); {@code null} when not
 *     declared (strict mode takes it as {@code false})
 * @param storage the storage parameters ({@code reloptions}) as PostgreSQL keeps them, sorted:
 *     {@code fillfactor=70}, {@code autovacuum_enabled=false}; empty for none, {@code null} when not
 *     declared (strict mode takes it as none)
 * @param replicaIdentity {@code DEFAULT} (the primary key), {@code FULL}, {@code NOTHING} or
 *     {@code INDEX name}; {@code null} when not declared (strict mode takes it as {@code DEFAULT})
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        List<Index> indexes,
        Boolean rlsEnabled,
        Boolean rlsForced,
        List<Policy> policies,
        List<Trigger> triggers,
        List<Grant> grants,
        SourceRef source,
        Boolean unlogged,
        List<String> storage,
        String replicaIdentity) implements SchemaObject {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = copy(columns);
        uniqueConstraints = copy(uniqueConstraints);
        foreignKeys = copy(foreignKeys);
        checks = copy(checks);
        indexes = copy(indexes);
        policies = copy(policies);
        triggers = copy(triggers);
        grants = copy(grants);
        storage = storage == null ? null : storage.stream().sorted().toList();
    }

    /** A table without declared persistence, storage parameters or replica identity. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, Boolean rlsEnabled,
            Boolean rlsForced, List<Policy> policies, List<Trigger> triggers, List<Grant> grants, SourceRef source) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, rlsEnabled, rlsForced, policies,
                triggers, grants, source, null, null, null);
    }

    /** This table with other parts, keeping every table-level property (for callers that rebuild the parts). */
    public Table withParts(List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, List<Policy> policies,
            List<Trigger> triggers) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, rlsEnabled,
                rlsForced, policies, triggers, grants, source, unlogged, storage, replicaIdentity);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    @Override
    public String kind() {
        return "table";
    }

    @Override
    public String path() {
        return name.toString();
    }

    /** Every part of the table (the primary key included), in a stable order by kind. */
    public List<TablePart> parts() {
        List<TablePart> parts = new ArrayList<>(columns);
        if (primaryKey != null) {
            parts.add(primaryKey);
        }
        parts.addAll(uniqueConstraints);
        parts.addAll(foreignKeys);
        parts.addAll(checks);
        parts.addAll(indexes);
        parts.addAll(policies);
        parts.addAll(triggers);
        parts.addAll(grants);
        return parts;
    }

    /**
     * A part's path in findings: {@code public.users.users_email_idx}; the primary key, of which a table
     * has one, is named by the table's path. The diff and the reconciliation planner both key on it.
     */
    public String partPath(TablePart part) {
        return part instanceof PrimaryKey ? path() : path() + "." + Identifiers.quote(part.name());
    }

    /** The column called {@code columnName}, or {@code null}. */
    public Column column(String columnName) {
        for (Column column : columns) {
            if (column.name().equals(columnName)) {
                return column;
            }
        }
        return null;
    }
}
