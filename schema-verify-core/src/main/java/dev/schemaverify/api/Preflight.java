package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrationHistory;
import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationState;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import dev.schemaverify.preflight.PendingChanges;
import dev.schemaverify.preflight.Readiness;
import dev.schemaverify.preflight.ReadinessCheck;
import dev.schemaverify.preflight.ReadinessOptions;
import dev.schemaverify.report.Baseline;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.report.Severities;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs preflight on one connection to the target, opened with {@code lock_timeout} and
 * {@code statement_timeout} so no check queues behind a lock on a busy server: first the server-state
 * checks in a read-only transaction, then the status logic of {@code status}, then the live verification of
 * {@code verify}, then the hazard lint of the pending migrations ({@link PendingLint}, as {@code lint} with
 * {@code url}). The connection is opened once, without retries: readiness is about the target now, and an
 * unreachable one fails within the connect timeout.
 */
final class Preflight {
    private final SchemaVerifier verifier;
    private final PreflightRequest request;

    Preflight(SchemaVerifier verifier, PreflightRequest request) {
        this.verifier = verifier;
        this.request = request;
    }

    PreflightResult run() {
        PreflightSettings settings = request.settings();
        DatabaseTarget target = request.target().withConnectSettings(request.target().connectTimeoutSeconds(), 0);
        String options = "-c lock_timeout=" + settings.lockTimeoutSeconds() + "s -c statement_timeout="
                + settings.statementTimeoutSeconds() + "s";
        long start = System.nanoTime();
        try (Connection connection = Connections.open(target, line -> { }, options)) {
            double connectMillis = (System.nanoTime() - start) / 1_000_000.0;
            return run(connection, connectMillis);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "lost the connection to " + target.displayUrl()
                    + ": " + e.getMessage(), e);
        }
    }

    private PreflightResult run(Connection connection, double connectMillis) throws SQLException {
        PreflightSettings settings = request.settings();
        StatusRequest migrations = new StatusRequest(request.migrations().source(), request.target(),
                request.migrations().historySchema(), request.migrations().outOfOrderAllowed(), false);
        StatusResult status = null;
        String unknown = null;
        try {
            status = verifier.statusOn(connection, migrations);
        } catch (SchemaVerifyException e) {
            if (e.code() == ErrorCode.CONNECTION) {
                throw e;
            }
            // The login may not read the history: the login check names the privilege, and the checks that
            // need the pending migrations say they could not run.
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
            unknown = e.getMessage();
        }
        List<MigrationStep> pending = status == null ? List.of()
                : Stream.concat(status.status().in(MigrationState.PENDING).stream(),
                        status.status().in(MigrationState.OUT_OF_ORDER).stream())
                .map(MigrationStatus.Entry::step).filter(step -> step != null).toList();
        PendingChanges changes = PendingChanges.of(pending);
        boolean changelog = migrations.source().isChangelog();
        String historySchema = migrations.historySchema() == null ? MigrationHistory.DEFAULT_SCHEMA
                : migrations.historySchema();
        Readiness readiness = new Readiness(connection, new ReadinessOptions(settings.roundTrips(),
                settings.slowRoundTripMillis(), settings.shadowMajor(), settings.longRunningSeconds(), historySchema,
                request.schemas(), changelog ? null : MigrationHistory.TABLE));

        List<ReadinessCheck> checks = new ArrayList<>();
        List<String> notVerified = new ArrayList<>(changes.unread());
        List<String> notes = new ArrayList<>();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try {
            checks.add(readiness.connectivity(connectMillis));
            checks.add(readiness.serverVersion());
            checks.add(readiness.login(changes));
            if (status == null) {
                String reason = "the pending migrations are not known: " + unknown;
                checks.add(ReadinessCheck.skipped("migrations", reason));
                checks.add(ReadinessCheck.skipped("extensions", reason));
                checks.add(ReadinessCheck.skipped("sessions", reason));
            } else {
                checks.add(migrationsCheck(status, pending.size()));
                checks.add(readiness.extensions(changes));
                checks.add(readiness.sessions(changes));
            }
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
        checks.add(drift(connection, changes, notVerified, notes));
        checks.add(status == null ? ReadinessCheck.skipped("lint", "the pending migrations are not known: " + unknown)
                : lint(connection, migrations, status, historySchema, notVerified));
        checks.stream().filter(c -> c.skipped() != null).forEach(c -> notVerified.add(c.group() + ": " + c.skipped()));
        return new PreflightResult(request.target().displayUrl(), migrations.source().describe(), checks, notVerified,
                notes);
    }

    /**
     * The hazard lint of the pending migrations, exactly as {@code lint} with {@code url} runs it (on a shadow
     * database holding the applied ones; sizes and catalog read from the target), on preflight's connection.
     * Its findings keep their codes and severities: a pending migration that rewrites a big table makes the
     * target not ready.
     */
    private ReadinessCheck lint(Connection connection, StatusRequest migrations, StatusResult status,
            String historySchema, List<String> notVerified) throws SQLException {
        LintRequest lint = request.lint();
        if (lint == null) {
            return ReadinessCheck.skipped("lint", "not requested");
        }
        PendingLint.Split split = PendingLint.split(connection, migrations.source(), status.status(), historySchema);
        LintResult result = PendingLint.run(connection, request.target().displayUrl(), migrations.source(), split,
                lint, Lints.files(lint));
        result.notVerified().forEach(line -> notVerified.add("lint: " + line));
        List<Diagnostic> found = result.diagnostics();
        List<String> counts = new ArrayList<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            long count = found.stream().filter(d -> d.severity() == severity).count();
            if (count > 0) {
                counts.add(dev.schemaverify.report.Report.plural(count, severity.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        String detail = result.target().summary() + (found.isEmpty() ? ": no findings"
                : ": " + dev.schemaverify.report.Report.plural(found.size(), "finding") + " ("
                        + String.join(", ", counts) + ")");
        return ReadinessCheck.ran("lint", detail, found);
    }

    /** The {@code status} checks: edited, missing, failed and out-of-order migrations fail; pending ones are the deploy. */
    private static ReadinessCheck migrationsCheck(StatusResult status, int pendingCount) {
        MigrationStatus migrations = status.status();
        int applied = migrations.in(MigrationState.APPLIED).size();
        List<String> pendingVersions = migrations.in(MigrationState.PENDING).stream()
                .map(MigrationStatus.Entry::version).toList();
        String detail = applied + " applied, " + pendingCount + " pending"
                + (pendingVersions.isEmpty() ? "" : " (" + String.join(", ", shorten(pendingVersions)) + ")");
        List<Diagnostic> found = status.problems().stream().map(MigrationProblem::toDiagnostic).toList();
        if (!found.isEmpty()) {
            detail += "; " + found.size() + " problem" + (found.size() == 1 ? "" : "s");
        }
        return ReadinessCheck.ran("migrations", detail, found);
    }

    private static List<String> shorten(List<String> versions) {
        return versions.size() <= 5 ? versions : Stream.concat(versions.stream().limit(4),
                Stream.of("... " + (versions.size() - 4) + " more")).toList();
    }

    /**
     * The live verification against the contract, on this connection, with the contract's own severities. The
     * contract describes the schema after the pending migrations, so a difference on a table or extension a
     * pending migration creates or changes is expected until the deploy: it is reported as info naming that
     * migration, and only drift elsewhere (a hand-made change) makes the target not ready.
     */
    private ReadinessCheck drift(Connection connection, PendingChanges changes, List<String> notVerified,
            List<String> notes) throws SQLException {
        VerifyRequest drift = request.drift();
        if (drift == null) {
            return ReadinessCheck.skipped("drift", request.driftSkipped() == null ? "no contract given"
                    : request.driftSkipped());
        }
        VerifyResult verified = verifier.verifyLive(connection, drift);
        notes.addAll(verified.notes());
        notVerified.addAll(verified.notVerified().stream().map(Object::toString).toList());
        List<Diagnostic> found = new ArrayList<>();
        int expected = 0;
        for (Diagnostic d : verified.report(new ReportPolicy(Severities.NONE, Baseline.NONE, null)).diagnostics()) {
            PendingChanges.Use pending = changes.changing(d.group(), d.subject().kind(), d.subject().name());
            if (pending == null) {
                found.add(d);
            } else {
                expected++;
                found.add(new Diagnostic(d.code(), Severity.INFO, d.subject(), d.group(), d.message()
                        + " (expected until the pending migration " + pending.location() + " runs)", d.location(),
                        d.property(), d.expected(), d.actual()));
            }
        }
        int drifted = found.size() - expected;
        String detail = found.isEmpty()
                ? "matches " + drift.contractDisplay() + " (" + (verified.strict() ? "strict" : "partial") + "): "
                        + verified.comparedPhrase()
                : drifted == 0 ? "matches " + drift.contractDisplay() + " but for " + expected + " difference"
                        + (expected == 1 ? "" : "s") + " the pending migrations make"
                : drifted + " finding" + (drifted == 1 ? "" : "s") + " against " + drift.contractDisplay()
                        + (expected == 0 ? "" : ", and " + expected + " the pending migrations make");
        return ReadinessCheck.ran("drift", detail, found);
    }
}
