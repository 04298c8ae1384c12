package dev.schemaverify.reconcile;

import dev.schemaverify.diff.Finding;
import java.util.List;

/**
 * The ordered steps that bring an actual schema to an expected one.
 *
 * @param findings the differences the plan was made from, sorted as the diff sorts them
 */
public record ReconcilePlan(List<Finding> findings, List<ReconcileStep> steps) {
    public ReconcilePlan {
        findings = List.copyOf(findings);
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The steps a person must complete and run by hand; the script does not run them. */
    public List<ReconcileStep> manualSteps() {
        return steps.stream().filter(ReconcileStep::manual).toList();
    }
}
