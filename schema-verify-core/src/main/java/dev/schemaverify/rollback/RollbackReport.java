package dev.schemaverify.rollback;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a rollback check: one entry per migration in the order they apply, every one of them
 * (those an earlier failure kept from being checked are {@link MigrationCheck.Outcome#NOT_REACHED}).
 *
 * @param source what the migrations came from, e.g. {@code SQL folder db/migration (up/down layout)}
 */
public record RollbackReport(String source, List<MigrationCheck> migrations) {
    public RollbackReport {
        migrations = List.copyOf(migrations);
    }

    /** Every finding, in migration order. */
    public List<RollbackFinding> findings() {
        return migrations.stream().flatMap(m -> m.findings().stream()).toList();
    }

    /** No error: every rollback checked restores its schema (warnings may remain). */
    public boolean passed() {
        return findings().stream().noneMatch(f -> f.severity() == dev.schemaverify.model.Severity.ERROR);
    }

    /** How many migrations had this outcome. */
    public long count(MigrationCheck.Outcome outcome) {
        return migrations.stream().filter(m -> m.outcome() == outcome).count();
    }

    /** Time spent on all migrations. */
    public Duration total() {
        return migrations.stream().map(m -> m.timings().total()).reduce(Duration.ZERO, Duration::plus);
    }
}
