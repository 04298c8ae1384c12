package dev.schemaverify.reconcile;

import dev.schemaverify.model.Snapshot;
import java.util.Objects;

/**
 * Plans the SQL that turns {@code actual} into {@code expected}. Pure: no I/O.
 *
 * <p>What to do comes from the diff ({@code SchemaDiff} with {@code strict = dropUnexpected}); each step
 * carries the finding it fixes. Definitions come from the snapshots: a snapshot read from a database has
 * every property, one read from a contract only what it declares (an undeclared property is left alone).
 *
 * <p>Order: objects that depend on something being changed or dropped (triggers, policies, views,
 * functions whose result type changes) are dropped first, dependents before what they use; then schemas,
 * extensions, enum types, sequences, functions, tables, columns, constraints, foreign keys, indexes,
 * views, row-level security, policies, triggers and grants are created or changed in dependency order;
 * unexpected functions, sequences, enum types, extensions and schemas are dropped last, when nothing kept
 * refers to them. Views and policies that mention a table whose column changes type are dropped before
 * the change and re-created from the expected snapshot after it (from the actual one when the expected
 * side does not declare them): the model has no dependency graph, so mentioning the table's name counts.
 *
 * <p>Every step can run twice: {@code IF [NOT] EXISTS}, {@code CREATE OR REPLACE}, or a {@code DO} block
 * that checks {@code pg_catalog} first.
 */
public final class Reconciler {
    private Reconciler() {
    }

    public static ReconcilePlan plan(Snapshot actual, Snapshot expected, ReconcileOptions options) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(expected, "expected");
        return new Planner(actual, expected, options == null ? ReconcileOptions.safeDefaults() : options).plan();
    }
}
