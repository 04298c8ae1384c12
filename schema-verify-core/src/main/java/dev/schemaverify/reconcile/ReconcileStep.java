package dev.schemaverify.reconcile;

import java.util.Objects;

/**
 * One statement of a reconciliation script.
 *
 * @param sql the statement, idempotent (IF [NOT] EXISTS, CREATE OR REPLACE, or a guarded DO block), without
 *     a trailing semicolon
 * @param reason the finding it fixes, e.g. {@code index public.users.users_email_idx is missing}
 * @param destructive whether it can lose data (written commented out unless allowed)
 * @param transactional false for a statement that must run outside a transaction (CREATE INDEX CONCURRENTLY)
 * @param note a caveat for the reviewer (locking, a safer form), or {@code null}
 * @param manual whether the step is not generated SQL but a comment telling a person what to do (a change
 *     PostgreSQL cannot make in place, such as a new partition key); the script runs without it and the
 *     difference it names stays until someone makes it
 */
public record ReconcileStep(String sql, String reason, boolean destructive, boolean transactional, String note,
        boolean manual) {
    public ReconcileStep {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(reason, "reason");
    }

    /** A generated step. */
    public ReconcileStep(String sql, String reason, boolean destructive, boolean transactional, String note) {
        this(sql, reason, destructive, transactional, note, false);
    }
}
