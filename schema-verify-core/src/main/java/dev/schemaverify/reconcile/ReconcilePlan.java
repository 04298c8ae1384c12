package dev.schemaverify.reconcile;

import java.util.List;

/** The ordered steps that bring an actual schema to an expected one. */
public record ReconcilePlan(List<ReconcileStep> steps) {
    public ReconcilePlan {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
