package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrateResult;
import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationState;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.liquibase.LiquibaseChangelog;
import dev.schemaverify.migrate.liquibase.LiquibaseMigrator;
import dev.schemaverify.model.Severity;
import java.io.StringWriter;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code migrate} and {@code status} for a Liquibase changelog: Liquibase applies it with its own
 * history table and lock; the results are put in the same shape as for SQL folders.
 */
final class LiquibaseRuns {
    private LiquibaseRuns() {
    }

    static MigrateResult migrate(LiquibaseChangelog changelog, Connection target, boolean dryRun, String version) {
        LiquibaseMigrator migrator = new LiquibaseMigrator(changelog);
        int pendingBefore = migrator.status(target).pending().size();
        int alreadyApplied = changelog.steps().size() - pendingBefore;
        List<MigrateResult.Run> runs = new ArrayList<>();
        List<LiquibaseMigrator.Changeset> changesets = dryRun
                ? migrator.updateSql(target, version, new StringWriter())
                : migrator.update(target, version);
        for (LiquibaseMigrator.Changeset changeset : changesets) {
            runs.add(new MigrateResult.Run(changeset.version(), changeset.description(), changeset.location(), false,
                    true, 0));
        }
        return new MigrateResult(changelog.describe(), dryRun, dryRun ? List.of() : runs, dryRun ? runs : List.of(),
                List.of(), List.of("applied through Liquibase: history in its DATABASECHANGELOG table"),
                alreadyApplied);
    }

    /** {@code rollback} for a changelog: Liquibase runs its own rollback blocks, with its lock and history. */
    static RollbackResult rollback(LiquibaseChangelog changelog, RollbackRequest request) {
        try (Connection target = Connections.open(request.target(), request.progress())) {
            StringWriter sql = new StringWriter();
            List<LiquibaseMigrator.Changeset> undone = new LiquibaseMigrator(changelog).rollback(target, request.to(),
                    request.dryRun() ? sql : null);
            List<String> lines = new ArrayList<>();
            for (LiquibaseMigrator.Changeset changeset : undone) {
                lines.add((request.dryRun() ? "would roll back " : "rolled back ") + changeset.location());
            }
            if (request.dryRun()) {
                sql.toString().strip().lines().forEach(line -> lines.add("    " + line));
            }
            lines.add((request.dryRun() ? "dry run, nothing changed: " : "") + undone.size() + " changeset"
                    + (undone.size() == 1 ? "" : "s") + (request.dryRun() ? " would be" : "") + " rolled back through"
                    + " Liquibase (its DATABASECHANGELOG table and lock) to reach " + request.to());
            return new RollbackResult(request.target().displayUrl(), lines, request.dryRun() ? List.of()
                    : undone.stream().map(LiquibaseMigrator.Changeset::version).toList(), List.of());
        } catch (java.sql.SQLException e) {
            throw new dev.schemaverify.model.SchemaVerifyException(dev.schemaverify.model.ErrorCode.CONNECTION,
                    "lost the connection to " + request.target().displayUrl() + ": " + e.getMessage(), e);
        }
    }

    static MigrationStatus status(LiquibaseChangelog changelog, Connection target) {
        LiquibaseMigrator.Status status = new LiquibaseMigrator(changelog).status(target);
        Set<String> pending = versions(status.pending());
        Set<String> edited = versions(status.edited());
        List<MigrationStatus.Entry> entries = new ArrayList<>();
        List<MigrationProblem> problems = new ArrayList<>(changelog.problems());
        for (MigrationStep step : changelog.steps()) {
            MigrationState state = edited.contains(step.version()) ? MigrationState.EDITED
                    : pending.contains(step.version()) ? MigrationState.PENDING : MigrationState.APPLIED;
            entries.add(new MigrationStatus.Entry(step.version(), step.description(), step.location(),
                    step.repeatable(), state, step, null));
            if (state == MigrationState.EDITED) {
                problems.add(new MigrationProblem("edited-after-apply", Severity.ERROR, step.location(),
                        "changeset " + step.version() + " was edited after it was applied"));
            }
        }
        for (LiquibaseMigrator.Changeset gone : status.missing()) {
            entries.add(new MigrationStatus.Entry(gone.version(), gone.description(), gone.location(), false,
                    MigrationState.MISSING_FILE, null, null));
            problems.add(new MigrationProblem("missing-file", Severity.ERROR, gone.location(),
                    "changeset " + gone.version() + " was applied but is no longer in the changelog"));
        }
        return new MigrationStatus(entries, problems);
    }

    private static Set<String> versions(List<LiquibaseMigrator.Changeset> changesets) {
        Set<String> versions = new HashSet<>();
        changesets.forEach(c -> versions.add(c.version()));
        return versions;
    }
}
