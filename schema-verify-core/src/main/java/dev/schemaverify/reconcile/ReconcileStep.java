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
 * @param manual a step a person must complete (a {@code USING} expression for a type PostgreSQL cannot cast,
 *     a definition the contract leaves out): written commented out, never run, whatever the options; the
 *     rest of the script stays valid without it
 */
public record ReconcileStep(String sql, String reason, boolean destructive, boolean transactional, String note,
        boolean manual) {
    public ReconcileStep {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(reason, "reason");
    }

    /** A step the script runs. */
    public ReconcileStep(String sql, String reason, boolean destructive, boolean transactional, String note) {
        this(sql, reason, destructive, transactional, note, false);
    }
}
