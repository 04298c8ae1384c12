package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.StatusRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints each migration's state in the database named by {@code url} (applied, pending, failed, edited,
 * missing file, out of order) and fails on hygiene errors. Without {@code url}, checks the files alone.
 * Reads only; changes nothing.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractSchemaVerifyMojo {
    /** Fail the build on hygiene problems (at or above {@code failOn}); when false they are only reported. */
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

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        DatabaseTarget database = target();
        // Without a database every migration must have its rollback (where the layout asks for them); with
        // one, only the pending ones.
        finish(new SchemaVerifier().status(new StatusRequest(migrationSource(requireRollbacks), database,
                historySchema, outOfOrder, true)), failOnProblems);
    }
}
