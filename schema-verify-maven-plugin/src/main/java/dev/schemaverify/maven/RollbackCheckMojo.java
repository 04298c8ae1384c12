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
public class RollbackCheckMojo extends AbstractShadowMojo {
    /** Check only the last this many migrations, applying the earlier ones unchecked; 0 checks all. */
    @Parameter(property = "schema-verify.last", defaultValue = "0")
    private int last;

    /**
     * Whether a migration without rollback fails the check; when false it is applied and skipped. Unset: required
     * where the folder's layout has rollbacks (up/down pairs, rollback files, any undo file), skipped with a
     * warning in a forward-only Flyway folder.
     */
    @Parameter(property = "schema-verify.requireRollbacks")
    private Boolean requireRollbacks;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        if (last < 0) {
            throw new MojoExecutionException("schema-verify: last is " + last
                    + "; use 0 to check every migration, or a positive count (-Dschema-verify.last=5).");
        }
        RollbackCheckRequest request = new RollbackCheckRequest(migrations.toPath(), display(migrations), shadow(),
                last, Set.of(), requireRollbacks, migrationSettings(), target(), historySchema);
        finish(verifier().rollbackCheck(request), true);
    }
}
