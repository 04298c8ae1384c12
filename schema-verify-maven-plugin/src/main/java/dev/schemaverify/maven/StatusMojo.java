package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.StatusRequest;
import dev.schemaverify.api.StatusResult;
import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationState;
import dev.schemaverify.model.Severity;
import dev.schemaverify.report.StatusTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints each migration's state in the database named by {@code url} (applied, pending, failed, edited,
 * missing file, out of order) and fails on hygiene errors. Reads only; changes nothing.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractSchemaVerifyMojo {
    /** Fail the build on hygiene problems of ERROR severity; when false they are only reported. */
    @Parameter(property = "schema-verify.failOnProblems", defaultValue = "true")
    private boolean failOnProblems;

    /** Report pending migrations older than the newest applied one as warnings rather than errors. */
    @Parameter(property = "schema-verify.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /**
     * Whether a migration without a rollback is a problem (a changelog always reports them). Unset: where the
     * folder's layout has rollbacks (up/down pairs, rollback files, any undo file); a forward-only Flyway folder
     * gets one warning instead.
     */
    @Parameter(property = "schema-verify.requireRollbacks")
    private Boolean requireRollbacks;

    /** Schema of the history table {@code schema_verify_history}. */
    @Parameter(property = "schema-verify.historySchema", defaultValue = "public")
    private String historySchema;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        DatabaseTarget database = target();
        MigrationSource source = migrationSource(requireRollbacks);
        List<MigrationProblem> problems;
        String where;
        if (database == null) {
            // Without a database only the files are checked: names, duplicates, gaps, missing rollbacks.
            problems = source.problems();
            where = "the files of " + source.describe();
            getLog().info("schema-verify: checking " + where + " (set -Dschema-verify.url to compare with a"
                    + " database's history)");
        } else {
            StatusResult result = new SchemaVerifier().status(new StatusRequest(source, database, historySchema,
                    outOfOrder));
            getLog().info("schema-verify: migration status of " + result.database() + " (" + result.source() + ")");
            StatusTable.render(result.status()).forEach(line -> getLog().info("  " + line));
            // Rollbacks are required of new migrations only: what the database applied long ago stays as it is.
            problems = new ArrayList<>(result.status().problems().stream()
                    .filter(p -> !p.code().equals("missing-rollback") || !migrations.isDirectory()).toList());
            where = result.database();
            if (source.rollbacksRequired() && migrations.isDirectory()) {
                // Rollbacks are required of new migrations: those the database has not applied yet.
                result.status().in(MigrationState.PENDING).stream()
                        .filter(entry -> entry.step() != null && !entry.repeatable()
                                && entry.step().rollbackLocation() == null)
                        .map(entry -> new MigrationProblem("missing-rollback", Severity.ERROR, entry.location(),
                                "pending migration " + entry.version() + " has no rollback; add one, or set"
                                        + " -Dschema-verify.requireRollbacks=false"))
                        .forEach(problems::add);
                problems.sort(null);
            }
        }
        for (MigrationProblem problem : problems) {
            log(problem.severity(), problem.toString());
        }
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        if (problems.isEmpty()) {
            int checked = source.steps().size();
            getLog().info("schema-verify: no migration problems in " + where + ": " + checked
                    + (checked == 1 ? " migration" : " migrations") + " checked");
        }
        if (failOnProblems && errors > 0) {
            throw new MojoFailureException("schema-verify: " + errors + " migration problem(s) in " + where
                    + "; see the list above. Fix the migrations, or set -Dschema-verify.failOnProblems=false to"
                    + " only report them.");
        }
    }
}
