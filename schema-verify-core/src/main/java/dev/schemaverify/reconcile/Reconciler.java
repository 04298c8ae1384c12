package dev.schemaverify.reconcile;

import dev.schemaverify.model.Snapshot;

/** Plans the SQL that turns {@code actual} into {@code expected}. Pure: no I/O. */
public final class Reconciler {
    private Reconciler() {
    }

    public static ReconcilePlan plan(Snapshot actual, Snapshot expected, ReconcileOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
