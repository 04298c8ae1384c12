package dev.schemaverify.reconcile;

/** Renders a plan as a reviewed, runnable SQL script. */
public final class ReconcileScript {
    private ReconcileScript() {
    }

    /**
     * The script: a header saying what it reconciles, transactional steps inside one transaction,
     * non-transactional ones after it, each step preceded by a comment with the finding it fixes;
     * destructive steps commented out unless {@code allowDestructive}.
     *
     * @param title what is reconciled to what, e.g. {@code database jdbc:postgresql://staging/app -> contract db/schema-contract.yaml}
     */
    public static String render(ReconcilePlan plan, String title, boolean allowDestructive) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
