package dev.schemaverify.reconcile;

import static dev.schemaverify.reconcile.Sql.name;
import static dev.schemaverify.reconcile.Statements.alterTable;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Partitioning and inheritance of one table: the statements that attach, detach, inherit and disinherit,
 * and the explanations of the changes PostgreSQL cannot make in place, which become manual steps.
 *
 * <p>What can be done safely is done: a plain table becomes a partition with {@code ATTACH PARTITION}
 * (PostgreSQL checks every row against the bound and refuses otherwise), a partition becomes a plain table
 * with {@code DETACH PARTITION} (it keeps its rows), and {@code INHERIT}/{@code NO INHERIT} change a child's
 * parents. A new partition key, a plain table turned partitioned or back, a partition moved to another
 * parent or given another bound would need the rows copied or moved: the script says how, and leaves the
 * table as it is.
 */
final class TableStructure {
    private TableStructure() {
    }

    /** What the plan does about a table's partitioning. */
    enum Change {
        NONE,
        ATTACH,
        DETACH,
        /** cannot be generated: the reason comes from {@link #manualReason} */
        MANUAL
    }

    /**
     * What to do, from the properties the diff found changed ({@code partitionBy}, {@code partitionOf},
     * {@code partitionBound}): an undeclared property of a partial contract is not reported, and not acted on.
     */
    static Change partitioning(Table want, Table have, Set<String> changed) {
        if (changed.contains("partitionBy")) {
            return Change.MANUAL;
        }
        if (changed.contains("partitionOf")) {
            if (want.partitionOf() != null && have.partitionOf() == null) {
                return Change.ATTACH;
            }
            return want.partitionOf() == null ? Change.DETACH : Change.MANUAL;
        }
        return changed.contains("partitionBound") ? Change.MANUAL : Change.NONE;
    }

    /** Why the change needs a person, and how to make it. */
    static String manualReason(Table want, Table have) {
        String table = want.path();
        if (!Objects.equals(want.partitionBy(), have.partitionBy())) {
            String what = have.partitionBy() == null ? "turning plain table " + table + " into one partitioned by "
                    + want.partitionBy()
                    : want.partitionBy() == null ? "turning partitioned table " + table + " (" + have.partitionBy()
                            + ") into a plain table"
                    : "changing the partition key of " + table + " from " + have.partitionBy() + " to "
                            + want.partitionBy();
            return what + " cannot be done in place: create a new table with the wanted partitioning and its"
                    + " partitions, copy the rows (INSERT INTO new SELECT * FROM old), move the foreign keys, views,"
                    + " policies and grants that use it, then swap the names in one transaction";
        }
        if (!Objects.equals(want.partitionOf(), have.partitionOf())) {
            return "moving partition " + table + " from " + have.partitionOf() + " to " + want.partitionOf()
                    + " cannot be generated safely: ALTER TABLE " + name(have.partitionOf()) + " DETACH PARTITION "
                    + name(want.name()) + ", then ALTER TABLE " + name(want.partitionOf()) + " ATTACH PARTITION "
                    + name(want.name()) + " " + want.partitionBound() + " once its rows fit that bound";
        }
        return "changing the bound of partition " + table + " from " + have.partitionBound() + " to "
                + want.partitionBound() + " cannot be generated safely: rows outside the new bound would have to move"
                + " to another partition; check them, then ALTER TABLE " + name(want.partitionOf()) + " DETACH PARTITION "
                + name(want.name()) + " and ALTER TABLE " + name(want.partitionOf()) + " ATTACH PARTITION "
                + name(want.name()) + " " + want.partitionBound() + " in one transaction";
    }

    /** The reason a partition that is missing or left over waits for its parent's manual step. */
    static String waitsForParent(QualifiedName partition, QualifiedName parent) {
        return "partition " + partition + " belongs to " + parent + ", whose partitioning changes by hand: create or"
                + " drop it as part of that step";
    }

    static String attach(Table want) {
        return Sql.guarded("NOT " + isPartition(want.name()),
                alterTable(want.partitionOf(), "ATTACH PARTITION " + name(want.name()) + " " + want.partitionBound()));
    }

    static String detach(QualifiedName parent, QualifiedName partition) {
        return Sql.guarded(isPartition(partition), alterTable(parent, "DETACH PARTITION " + name(partition)));
    }

    static String inherit(QualifiedName child, QualifiedName parent) {
        return Sql.guarded("NOT " + inherits(child, parent), alterTable(child, "INHERIT " + name(parent)));
    }

    static String noInherit(QualifiedName child, QualifiedName parent) {
        return Sql.guarded(inherits(child, parent), alterTable(child, "NO INHERIT " + name(parent)));
    }

    private static String isPartition(QualifiedName table) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = " + Sql.regclass(table)
                + " AND c.relispartition)";
    }

    private static String inherits(QualifiedName child, QualifiedName parent) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = " + Sql.regclass(child)
                + " AND i.inhparent = " + Sql.regclass(parent) + ")";
    }

    /** {@code CREATE TABLE} clauses after the column list: the bound or the parents, and the partition key. */
    static String tail(Table table) {
        StringBuilder sql = new StringBuilder();
        if (table.partitionOf() != null) {
            sql.append(' ').append(table.partitionBound());
        } else if (!table.inherits().isEmpty()) {
            sql.append(" INHERITS (").append(String.join(", ", table.inherits().stream().map(Sql::name).toList()))
                    .append(')');
        }
        if (table.partitionBy() != null) {
            sql.append(" PARTITION BY ").append(table.partitionBy());
        }
        return sql.toString();
    }

    /**
     * The note on {@code INHERIT} for a table that already has some of the parent's columns or checks:
     * PostgreSQL merges them but keeps them the table's own as well ({@code attislocal}, {@code conislocal}),
     * and no ALTER makes them inherited only. It shows where it matters: a later {@code DROP COLUMN} or
     * {@code DROP CONSTRAINT} on the parent leaves them on this table. {@code null} when there are none.
     */
    static String keptAsOwn(Table table, Table parent) {
        List<String> own = new ArrayList<>();
        for (Column column : parent.columns()) {
            // what the table has, and what the script adds to it for the INHERIT
            if (table.column(column.name()) != null || column.type() != null) {
                own.add("column " + Identifiers.quote(column.name()));
            }
        }
        for (CheckConstraint check : parent.checks()) {
            if (check.expression() != null || table.checks().stream().anyMatch(c -> c.name().equals(check.name()))) {
                own.add("check " + Identifiers.quote(check.name()));
            }
        }
        if (own.isEmpty()) {
            return null;
        }
        return String.join(", ", own) + " stay " + table.path() + "'s own as well as inherited: PostgreSQL cannot"
                + " make them inherited only (attislocal), so dropping them from " + parent.path() + " later leaves"
                + " them on " + table.path() + "; to have them inherited only, create the table again with INHERITS"
                + " and move its rows";
    }
}
