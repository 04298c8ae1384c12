package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.StatusRequest;
import dev.schemaverify.api.StatusResult;
import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.model.Severity;
import dev.schemaverify.report.StatusTable;
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

    /** Schema of the history table {@code schema_verify_history}. */
    @Parameter(property = "schema-verify.historySchema", defaultValue = "public")
    private String historySchema;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        DatabaseTarget database = target();
        if (database == null) {
            throw new MojoExecutionException("schema-verify: status compares the migrations with a database's history"
                    + " and has no database: set -Dschema-verify.url=jdbc:postgresql://host:5432/database.");
        }
        StatusResult result = new SchemaVerifier().status(new StatusRequest(
                MigrationSources.forLocation(migrations.toPath(), display(migrations)), database, historySchema,
                outOfOrder));
        getLog().info("schema-verify: migration status of " + result.database() + " (" + result.source() + ")");
        StatusTable.render(result.status()).forEach(line -> getLog().info("  " + line));
        for (MigrationProblem problem : result.status().problems()) {
            switch (problem.severity()) {
                case ERROR -> getLog().error(problem.toString());
                case WARNING -> getLog().warn(problem.toString());
                default -> getLog().info(problem.toString());
            }
        }
        long errors = result.status().problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        if (failOnProblems && errors > 0) {
            throw new MojoFailureException("schema-verify: " + errors + " migration problem(s) in " + result.database()
                    + "; see the list above. Fix the migrations, or set -Dschema-verify.failOnProblems=false to"
                    + " only report them.");
        }
    }
}
