package dev.schemaverify.api;

import dev.schemaverify.lint.LintOutcome;
import dev.schemaverify.lint.Linter;
import dev.schemaverify.migrate.FlywayHistoryImport;
import dev.schemaverify.migrate.MigrationHistory;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationState;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.ShadowDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pre-deploy lint ({@code lint} with {@code url}, and {@code preflight}'s lint check): which migrations the
 * target has applied, read as {@code status} reads them (schema-verify's history, Liquibase's
 * {@code DATABASECHANGELOG}, or a Flyway-managed target's {@code flyway_schema_history}), then the linter on a
 * shadow database that holds the applied ones, observing the pending ones. The target is only read: every
 * query in a read-only transaction of its own.
 */
final class PendingLint {
    private PendingLint() {
    }

    /** The steps the target has applied and those it has not, in apply order, and where that was read. */
    record Split(List<MigrationStep> applied, List<MigrationStep> pending, String history, List<String> notes) {
    }

    /** The session options of a connection to the target: read-only, with the request's timeouts. */
    static String sessionOptions(LintRequest.Target target) {
        return "-c default_transaction_read_only=on -c lock_timeout=" + target.lockTimeoutSeconds()
                + "s -c statement_timeout=" + target.statementTimeoutSeconds() + "s";
    }

    /**
     * Splits the source's steps by {@code status} (read on {@code target} by {@code status}'s logic). A SQL folder
     * whose target has no schema-verify history but a Flyway one is split by Flyway's history.
     */
    static Split split(Connection target, MigrationSource source, MigrationStatus status, String historySchema)
            throws SQLException {
        List<MigrationStep> applied = new ArrayList<>();
        List<MigrationStep> pending = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean changelog = source.isChangelog();
        String history = changelog ? "DATABASECHANGELOG"
                : new MigrationHistory(historySchema == null ? MigrationHistory.DEFAULT_SCHEMA : historySchema)
                        .displayName();
        Set<String> flyway = null;
        if (!changelog && status.entries().stream().allMatch(entry -> entry.history() == null)) {
            readOnly(target, true);
            try {
                flyway = FlywayHistoryImport.appliedByFlyway(target, source, historySchema);
            } finally {
                readOnly(target, false);
            }
        }
        if (flyway != null) {
            history = "flyway_schema_history";
            for (MigrationStep step : source.steps()) {
                (flyway.contains(step.location()) ? applied : pending).add(step);
            }
            return new Split(applied, pending, history, notes);
        }
        for (MigrationStatus.Entry entry : status.entries()) {
            if (entry.step() == null) {
                notes.add("migration " + entry.version() + " (" + entry.location() + "): in the target's history but"
                        + " its file is gone, so the shadow database lacks what it made; hazards on those objects"
                        + " may be missed");
                continue;
            }
            MigrationState state = entry.state();
            if (state == MigrationState.PENDING || state == MigrationState.OUT_OF_ORDER) {
                pending.add(entry.step());
            } else {
                applied.add(entry.step());
                if (state == MigrationState.EDITED) {
                    notes.add("migration " + entry.version() + " (" + entry.location() + "): edited after the target"
                            + " applied it; its current text was applied to the shadow database without observation");
                } else if (state == MigrationState.FAILED) {
                    notes.add("migration " + entry.version() + " (" + entry.location() + "): failed part-way on the"
                            + " target; it was applied to the shadow database in full, without observation");
                }
            }
        }
        return new Split(applied, pending, history, notes);
    }

    /**
     * Lints {@code split}'s pending steps on a new shadow database (none is started when nothing is pending:
     * the catalog and secret rules need none), reading sizes and the catalog from {@code target}.
     */
    static LintResult run(Connection target, String targetDisplay, MigrationSource source, Split split,
            LintRequest request, List<Linter.SourceFile> files) throws SQLException {
        Linter linter = new Linter(Lints.options(request));
        Linter.LiveTarget live = new Linter.LiveTarget(target, targetDisplay);
        long start = System.nanoTime();
        readOnly(target, true);
        try {
            LintOutcome outcome;
            String database;
            if (split.pending().isEmpty()) {
                outcome = linter.lintPending(null, split.applied(), List.of(), files, live);
                database = "no shadow database (nothing pending)";
            } else {
                try (ShadowDatabase shadow = ShadowFactory.open(request.shadow());
                        Connection connection = shadow.connect()) {
                    outcome = linter.lintPending(connection, split.applied(), split.pending(), files, live);
                    database = "shadow database (PostgreSQL " + shadow.majorVersion() + ")";
                } catch (SQLException e) {
                    throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
                }
            }
            List<String> notVerified = new ArrayList<>(split.notes());
            notVerified.addAll(outcome.notVerified());
            return new LintResult(source.describe(), database, outcome.diagnostics(), outcome.checked(), notVerified,
                    outcome.statements(), Duration.ofNanos(System.nanoTime() - start),
                    new LintResult.Pending(targetDisplay, split.history(), split.applied().size(),
                            split.pending().size()));
        } finally {
            readOnly(target, false);
        }
    }

    /**
     * Makes every transaction of the session read-only, or returns to the session's own default. Each query
     * runs in a transaction of its own (autocommit): a long lint must not keep the locks a catalog or size
     * query takes on the target's tables, which would queue the very deploy it prepares.
     */
    private static void readOnly(Connection target, boolean on) throws SQLException {
        target.setAutoCommit(true);
        try (java.sql.Statement statement = target.createStatement()) {
            statement.execute(on ? "SET SESSION default_transaction_read_only = on"
                    : "RESET default_transaction_read_only");
        }
    }
}
