package dev.schemaverify.maven;

import dev.schemaverify.api.RollbackCheckRequest;
import dev.schemaverify.api.RollbackCheckResult;
import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.StatusRequest;
import dev.schemaverify.api.StatusResult;
import dev.schemaverify.migrate.MigrationState;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.report.ConsoleReport;
import dev.schemaverify.report.RollbackCheckReport;
import dev.schemaverify.rollback.MigrationCheck;
import java.io.File;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Proves that every migration's rollback reverts it: on a shadow database, each migration is applied,
 * rolled back, compared with the schema before it, and applied again. Fails naming the migration's up
 * and down files and what its rollback leaves behind. Writes {@code rollback-check.json} into
 * {@code reportDirectory}.
 */
@Mojo(name = "rollback-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class RollbackCheckMojo extends AbstractSchemaVerifyMojo {
    /** Check only the last this many migrations, applying the earlier ones unchecked; 0 checks all. */
    @Parameter(property = "schema-verify.last", defaultValue = "0")
    private int last;

    /** Whether a migration without rollback fails the check; when false it is applied and skipped. */
    @Parameter(property = "schema-verify.requireRollbacks", defaultValue = "true")
    private boolean requireRollbacks;

    /** Schema of the target's history table, read when {@code url} limits the check to unapplied migrations. */
    @Parameter(property = "schema-verify.historySchema", defaultValue = "public")
    private String historySchema;

    /** Where rollback-check.json is written. */
    @Parameter(property = "schema-verify.reportDirectory", defaultValue = "${project.build.directory}/schema-verify")
    private File reportDirectory;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        if (last < 0) {
            throw new MojoExecutionException("schema-verify: last is " + last
                    + "; use 0 to check every migration, or a positive count (-Dschema-verify.last=5).");
        }
        Set<String> applied = Set.of();
        DatabaseTarget database = target();
        if (database != null) {
            // Only what the target has not applied yet is checked; the rest is applied unchecked first.
            StatusResult status = new SchemaVerifier().status(new StatusRequest(
                    MigrationSources.forLocation(migrations.toPath(), display(migrations)), database, historySchema,
                    true));
            applied = status.status().entries().stream()
                    .filter(e -> e.state() != MigrationState.PENDING && e.state() != MigrationState.OUT_OF_ORDER)
                    .map(MigrationStatus.Entry::version)
                    .collect(Collectors.toSet());
            getLog().info("schema-verify: checking only the migrations not yet applied to " + database.displayUrl()
                    + " (" + applied.size() + " applied there)");
        }
        RollbackCheckRequest request = new RollbackCheckRequest(migrations.toPath(), display(migrations), shadow(),
                last, applied, requireRollbacks);
        RollbackCheckResult result = verifier().rollbackCheck(request);

        File report = new File(reportDirectory, "rollback-check.json");
        RollbackCheckReport.write(result, report.toPath());
        for (ConsoleReport.Line line : RollbackCheckReport.render(result)) {
            log(line.severity(), line.text());
        }
        getLog().info("schema-verify: report written to " + display(report));
        if (!result.passed()) {
            MigrationCheck failed = result.report().migrations().stream()
                    .filter(m -> m.outcome() == MigrationCheck.Outcome.FAILED).reduce((a, b) -> b).orElseThrow();
            throw new MojoFailureException("schema-verify: rollback-check failed at migration " + failed.version()
                    + " (up " + failed.location() + ", down " + (failed.rollbackLocation() == null ? "none"
                            : failed.rollbackLocation()) + "): " + failed.findings().get(0).message()
                    + (failed.findings().size() > 1 ? " (and " + (failed.findings().size() - 1) + " more)" : "")
                    + ". Fix the rollback; see the list above or " + display(report) + ".");
        }
    }
}
