package dev.schemaverify.api;

import dev.schemaverify.rollback.RollbackReport;
import java.util.Objects;

/**
 * The outcome of a rollback check.
 *
 * @param database where the migrations ran, e.g. {@code shadow database (PostgreSQL 17)}
 * @param report each migration's outcome, timings and findings
 */
public record RollbackCheckResult(String database, RollbackReport report) {
    public RollbackCheckResult {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(report, "report");
    }

    /** Whether every checked migration's rollback reverted it exactly. */
    public boolean passed() {
        return report.passed();
    }
}
