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
 * @param partitionBy the partition key of a partitioned table as PostgreSQL deparses it
 *     ({@code pg_get_partkeydef}: {@code RANGE (created_on)}); {@code null} for a table that is not
 *     partitioned, or in a contract that does not declare it
 * @param partitionOf the partitioned table this table is a partition of, or {@code null}
 * @param partitionBound the partition's bound as PostgreSQL deparses it ({@code FOR VALUES FROM ('2024-01-01')
 *     TO ('2025-01-01')}, {@code DEFAULT}), or {@code null}
 * @param inherits the parents of a table declared with {@code INHERITS}, in declaration order; empty when
 *     none (a partition's parent is {@code partitionOf}, not listed here)
 * @param unlogged {@code UNLOGGED} (not written to the WAL, emptied after a crash); {@code null} when not
 *     declared (strict mode takes it as {@code false})
 * @param storage the storage parameters ({@code reloptions}) as PostgreSQL keeps them, sorted:
 *     {@code fillfactor=70}, {@code autovacuum_enabled=false}; empty for none, {@code null} when not
 *     declared (strict mode takes it as none)
 * @param replicaIdentity {@code DEFAULT} (the primary key), {@code FULL}, {@code NOTHING} or
 *     {@code INDEX name}; {@code null} when not declared (strict mode takes it as {@code DEFAULT})
 * @param owner the owning role; {@code null} when not declared. Compared only when owners are switched on
 *     ({@code compareOwners}), since roles often differ between environments
 * @param comment the {@code COMMENT ON TABLE} text; {@code null} for none or when not declared. Compared only
 *     when comments are switched on ({@code compareComments}); strict mode then takes an undeclared one as none
 *
 * <p>What a table inherits (a parent's columns, constraints, indexes and row triggers, which PostgreSQL
 * copies to every partition and child) is part of the parent only: a partition or child lists what is its
 * own, so that a parent's key is neither reported nor planned once per partition.
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
        String partitionBy,
        QualifiedName partitionOf,
        String partitionBound,
        List<QualifiedName> inherits,
        Boolean unlogged,
        List<String> storage,
        String replicaIdentity,
        String owner,
        String comment) implements SchemaObject {
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
        inherits = copy(inherits);
        storage = storage == null ? null : storage.stream().sorted().toList();
    }

    /** A table without a declared owner or comment. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
            List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
            List<Index> indexes, Boolean rlsEnabled, Boolean rlsForced, List<Policy> policies, List<Trigger> triggers,
            List<Grant> grants, SourceRef source, String partitionBy, QualifiedName partitionOf,
            String partitionBound, List<QualifiedName> inherits, Boolean unlogged, List<String> storage,
            String replicaIdentity) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, rlsEnabled, rlsForced,
                policies, triggers, grants, source, partitionBy, partitionOf, partitionBound, inherits, unlogged,
                storage, replicaIdentity, null, null);
    }

    /** A table that is neither partitioned, nor a partition, nor inherits, without declared persistence,
     * storage parameters or replica identity. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
            List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
            List<Index> indexes, Boolean rlsEnabled, Boolean rlsForced, List<Policy> policies, List<Trigger> triggers,
            List<Grant> grants, SourceRef source) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, rlsEnabled, rlsForced,
                policies, triggers, grants, source, null, null, null, null, null, null, null);
    }

    /** A table with partitioning and inheritance, without declared persistence, storage or replica identity. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
            List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
            List<Index> indexes, Boolean rlsEnabled, Boolean rlsForced, List<Policy> policies, List<Trigger> triggers,
            List<Grant> grants, SourceRef source, String partitionBy, QualifiedName partitionOf,
            String partitionBound, List<QualifiedName> inherits) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, rlsEnabled, rlsForced,
                policies, triggers, grants, source, partitionBy, partitionOf, partitionBound, inherits, null, null,
                null);
    }

    /** A table with persistence, storage and replica identity, neither partitioned, nor a partition, nor inherits. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, Boolean rlsEnabled,
            Boolean rlsForced, List<Policy> policies, List<Trigger> triggers, List<Grant> grants, SourceRef source,
            Boolean unlogged, List<String> storage, String replicaIdentity) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, rlsEnabled, rlsForced,
                policies, triggers, grants, source, null, null, null, null, unlogged, storage, replicaIdentity);
    }

    /** This table with its parts replaced, keeping every table-level property, partitioning and inheritance. */
    public Table withParts(List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, List<Policy> policies,
            List<Trigger> triggers) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, rlsEnabled,
                rlsForced, policies, triggers, grants, source, partitionBy, partitionOf, partitionBound, inherits,
                unlogged, storage, replicaIdentity, owner, comment);
    }

    /** This table with another owner and comment, every other property kept. */
    public Table withOwnerAndComment(String owner, String comment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, rlsEnabled,
                rlsForced, policies, triggers, grants, source, partitionBy, partitionOf, partitionBound, inherits,
                unlogged, storage, replicaIdentity, owner, comment);
    }

    /** Whether this table is partitioned (has a partition key). */
    public boolean partitioned() {
        return partitionBy != null;
    }

    /** The tables this one is created after: its partition parent and the tables it inherits from. */
    public List<QualifiedName> parents() {
        List<QualifiedName> parents = new ArrayList<>();
        if (partitionOf != null) {
            parents.add(partitionOf);
        }
        parents.addAll(inherits);
        return parents;
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
