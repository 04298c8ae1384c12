package dev.schemaverify.api;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.reconcile.ReconcilePlan;
import java.util.List;

/**
 * The drift between two schemas and the plans that repair it.
 *
 * @param forward turns the actual schema into the expected one ({@code reconcile.sql})
 * @param backward turns the expected schema into the actual one ({@code reconcile-rollback.sql})
 */
public record ReconcileResult(String expected, String actual, List<Finding> findings, ReconcilePlan forward,
        ReconcilePlan backward) {
    public ReconcileResult {
        findings = List.copyOf(findings);
    }
}
