package dev.schemaverify.api;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.reconcile.ReconcilePlan;
import java.util.List;

/**
 * The drift between two schemas and the plans that repair it.
 *
 * @param forward turns the actual schema into the expected one ({@code reconcile.sql})
 * @param backward turns the expected schema into the actual one ({@code reconcile-rollback.sql})
 * @param notVerified what either database has that the model does not cover, so neither compared nor
 *     reconciled: "0 differences" says nothing about these
 */
public record ReconcileResult(String expected, String actual, List<Finding> findings, ReconcilePlan forward,
        ReconcilePlan backward, List<NotVerified> notVerified) {
    public ReconcileResult {
        findings = List.copyOf(findings);
        notVerified = notVerified == null ? List.of() : List.copyOf(notVerified);
    }

    public ReconcileResult(String expected, String actual, List<Finding> findings, ReconcilePlan forward,
            ReconcilePlan backward) {
        this(expected, actual, findings, forward, backward, List.of());
    }
}
