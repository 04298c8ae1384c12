package dev.schemaverify.maven;

import dev.schemaverify.api.RollbackCheckRequest;
import dev.schemaverify.api.SchemaVerifier;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Proves that every migration's rollback reverts it: on a shadow database, each migration is applied,
 * rolled back, compared with the schema before it, and applied again. Fails naming the migration's up
 * and down files and what its rollback leaves behind. With {@code url}, only the migrations that database
 * has not applied are checked. Writes {@code rollback-check.*} reports into {@code reportDirectory}.
 */
@Mojo(name = "rollback-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class RollbackCheckMojo extends AbstractSchemaVerifyMojo {
    /** Check only the last this many migrations, applying the earlier ones unchecked; 0 checks all. */
    @Parameter(property = "schema-verify.last", defaultValue = "0")
    private int last;

    /** Whether a migration without rollback fails the check; when false it is applied and skipped. */
    @Parameter(property = "schema-verify.requireRollbacks", defaultValue = "true")
    private boolean requireRollbacks;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        if (last < 0) {
            throw new MojoExecutionException("schema-verify: last is " + last
                    + "; use 0 to check every migration, or a positive count (-Dschema-verify.last=5).");
        }
        RollbackCheckRequest request = new RollbackCheckRequest(migrations.toPath(), display(migrations), shadow(),
                last, Set.of(), requireRollbacks, target(), historySchema);
        finish(new SchemaVerifier().rollbackCheck(request), true);
    }
}
