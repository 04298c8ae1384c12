package dev.schemaverify.api;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.migrate.MigrationHistory;
import dev.schemaverify.migrate.MigrationLock;
import dev.schemaverify.migrate.MigrationState;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.migrate.TargetRollback;
import dev.schemaverify.migrate.liquibase.LiquibaseChangelog;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.shadow.ShadowDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code rollback} goal: under the migration lock, plan, refuse on any reason, verify that the
 * target is the schema its history says (a shadow built from the applied migrations, compared strictly),
 * snapshot it, then run the downs newest first. A dry run stops before the snapshot and prints each
 * down's SQL instead.
 */
final class Rollbacks {
    private final RollbackRequest request;

    Rollbacks(RollbackRequest request) {
        this.request = request;
    }

    RollbackResult run() {
        if (request.source().isChangelog()) {
            return liquibase((LiquibaseChangelog) request.source());
        }
        MigrationHistory history = new MigrationHistory(request.historySchema());
        String database = request.target().displayUrl();
        try (Connection target = Connections.open(request.target(), request.progress())) {
            target.setAutoCommit(true);
            if (!history.exists(target)) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, database + " has no " + history.displayName()
                        + ": nothing was migrated by schema-verify, so there is nothing to roll back");
            }
            try (MigrationLock lock = MigrationLock.acquire(target, history, request.lockWait(), request.progress())) {
                TargetRollback.Plan plan = TargetRollback.plan(target, request.source(), request.to(), history);
                if (!plan.refusals().isEmpty()) {
                    throw refusal(database, plan.refusals());
                }
                List<String> lines = new ArrayList<>();
                List<String> warnings = new ArrayList<>(plan.notes());
                if (!plan.items().isEmpty()) {
                    lines.add(refuseOnDrift(target, plan.applied()));
                }
                if (request.dryRun()) {
                    for (TargetRollback.Item item : plan.items()) {
                        lines.add("would roll back " + item.label() + (item.step().transactional() ? ""
                                : ", outside a transaction") + ":");
                        String sql = item.step().rollbackSql();
                        for (String line : (sql == null ? "(SQL not available)" : sql.strip()).split("\n", -1)) {
                            lines.add("    " + line);
                        }
                    }
                    lines.addAll(warnings);
                    lines.add("dry run, nothing changed: " + plan.items().size() + " migration"
                            + (plan.items().size() == 1 ? "" : "s") + " would be rolled back to reach version "
                            + plan.to());
                    return new RollbackResult(database, lines, List.of(), warnings);
                }
                if (request.snapshot() != null && !plan.items().isEmpty()) {
                    for (String line : BeforeChange.write(target, request.target(), request.snapshot(), "rollback",
                            plan.current())) {
                        (line.contains("no backup") ? warnings : lines).add(line);
                    }
                }
                List<TargetRollback.Run> runs = TargetRollback.execute(target, plan, history, request.progress());
                List<String> versions = new ArrayList<>();
                for (TargetRollback.Run run : runs) {
                    lines.add("rolled back " + run.version() + " (" + run.location() + ") in " + run.millis() + " ms");
                    versions.add(run.version());
                }
                lines.addAll(warnings);
                lines.add(runs.size() + " migration" + (runs.size() == 1 ? "" : "s") + " rolled back; "
                        + database + " is at version " + plan.to());
                return new RollbackResult(database, lines, versions, warnings);
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "lost the connection to " + database + ": "
                    + e.getMessage(), e);
        }
    }

    private static SchemaVerifyException refusal(String database, List<String> reasons) {
        return new SchemaVerifyException(ErrorCode.CONFIGURATION, "nothing was rolled back in " + database + ":"
                + System.lineSeparator() + String.join(System.lineSeparator(), reasons.stream()
                        .map(r -> r.startsWith("  ") ? r : "  " + r).toList()));
    }

    /**
     * A Liquibase rollback runs through Liquibase (its history table and lock), after the same checks as a
     * SQL folder's: the target must match the schema its applied changesets build (else nothing is rolled
     * back), and the schema is written to a snapshot before anything changes.
     */
    private RollbackResult liquibase(LiquibaseChangelog changelog) {
        List<String> before = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Connection target = Connections.open(request.target(), request.progress())) {
            target.setAutoCommit(true);
            MigrationStatus status = LiquibaseRuns.status(changelog, target);
            List<MigrationStep> applied = status.in(MigrationState.APPLIED).stream()
                    .map(MigrationStatus.Entry::step).filter(java.util.Objects::nonNull).toList();
            if (!applied.isEmpty()) {
                before.add(refuseOnDrift(target, applied));
                if (!request.dryRun() && request.snapshot() != null) {
                    for (String line : BeforeChange.write(target, request.target(), request.snapshot(), "rollback",
                            applied.get(applied.size() - 1).version().replaceAll("[^A-Za-z0-9._-]", "_"))) {
                        (line.contains("no backup") ? warnings : before).add(line);
                    }
                }
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "lost the connection to "
                    + request.target().displayUrl() + ": " + e.getMessage(), e);
        }
        RollbackResult result = LiquibaseRuns.rollback(changelog, request);
        List<String> lines = new ArrayList<>(before);
        lines.addAll(result.lines());
        lines.addAll(warnings);
        List<String> allWarnings = new ArrayList<>(result.warnings());
        allWarnings.addAll(warnings);
        return new RollbackResult(result.database(), lines, result.rolledBack(), allWarnings);
    }

    /**
     * Refuses (throws, nothing changed) when the target differs, strictly, from a shadow built from the
     * migrations its history lists; a rollback written for that schema could do anything on another one.
     * Returns the line that says the target matched.
     */
    private String refuseOnDrift(Connection target, List<MigrationStep> applied) {
        List<String> drift = drift(target, applied);
        if (!drift.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            reasons.add("the database has drifted from the schema its history says it has (the " + applied.size()
                    + " applied migrations, built on a shadow database); a rollback written for that schema could do"
                    + " anything here. Reconcile it first (the diff goal, against the migrations):");
            drift.forEach(line -> reasons.add("  " + line));
            throw refusal(request.target().displayUrl(), reasons);
        }
        return "the target matches the schema of its " + applied.size() + " applied migrations (strict comparison)";
    }

    /** The strict differences between the target and a shadow built from the migrations its history lists. */
    private List<String> drift(Connection target, List<MigrationStep> applied) {
        request.progress().accept("checking the target against its " + applied.size()
                + " applied migrations on a shadow database");
        Snapshot expected;
        try (ShadowDatabase shadow = ShadowFactory.open(request.shadow()); Connection connection = shadow.connect()) {
            for (MigrationStep step : applied) {
                StepTransactions.apply(connection, step);
            }
            expected = withoutSchemaOwners(new Inspector(scope(null)).inspect(connection));
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
        }
        Snapshot actual = new Inspector(scope(expected)).inspect(target);
        List<String> lines = new ArrayList<>();
        for (Finding finding : SchemaDiff.diff(expected, actual, new DiffOptions(true))) {
            lines.add(finding.code() + ": " + finding.message());
        }
        return lines;
    }

    /**
     * The shadow's schemas belong to its superuser, the target's to whoever ran the migrations there: that
     * is no drift, so schema owners are left undeclared.
     */
    private static Snapshot withoutSchemaOwners(Snapshot snapshot) {
        return new Snapshot(snapshot.extensions(),
                snapshot.schemas().stream().map(s -> new dev.schemaverify.model.Schema(s.name(), null, s.source()))
                        .toList(),
                snapshot.enums(), snapshot.sequences(), snapshot.tables(), snapshot.views(), snapshot.routines(),
                snapshot.notVerified());
    }

    /** The schemas asked for; else, for the target, those the migrations built (a server has others). */
    private InspectOptions scope(Snapshot built) {
        List<String> schemas = new ArrayList<>(request.schemas());
        if (schemas.isEmpty() && built != null) {
            built.schemas().forEach(schema -> schemas.add(schema.name()));
        }
        return (schemas.isEmpty() ? InspectOptions.allSchemas() : new InspectOptions(schemas, List.of()))
                .withoutBookkeeping();
    }
}
