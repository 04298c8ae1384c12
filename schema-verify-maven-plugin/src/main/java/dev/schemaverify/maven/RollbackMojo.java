package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.RollbackRequest;
import dev.schemaverify.api.RollbackResult;
import dev.schemaverify.api.SchemaVerifier;
import java.io.File;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rolls the database named by {@code url} back to version {@code to}: the downs of the migrations applied
 * after it, newest first, each in its own transaction with its history row, under the migration lock.
 * Refuses before touching anything when a down is missing or was edited since its migration was applied,
 * or when the database has drifted from the schema its history says (checked on a shadow database). The
 * schema before is written to {@code reportDirectory}; {@code dryRun} prints the SQL instead. A Liquibase
 * changelog rolls back through Liquibase. It changes a database, so it has no default phase.
 */
@Mojo(name = "rollback", threadSafe = true)
public class RollbackMojo extends AbstractShadowMojo {
    /** The version to roll back to (it stays applied); {@code 0} undoes every migration. */
    @Parameter(property = "schema-verify.to", required = true)
    private String to;

    /** Only print what the goal would do (the plan and the SQL of each step); changes nothing, not even the history table. */
    @Parameter(property = "schema-verify.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Seconds to wait for the migration lock another run holds; then the goal fails naming that run
     * (process id, application, client address, since when). A progress line shows every 10 s.
     */
    @Parameter(property = "schema-verify.lockWait", defaultValue = "600")
    private int lockWait;

    /**
     * Also write a {@code pg_dump} of the target (custom format) next to the schema snapshot, before
     * anything changes; needs {@code pg_dump} on the PATH (said so when it is missing).
     */
    @Parameter(property = "schema-verify.backup", defaultValue = "false")
    private boolean backup;

    @Override
    protected void doExecute() throws MojoExecutionException {
        DatabaseTarget database = target();
        if (database == null) {
            throw new MojoExecutionException("schema-verify: rollback changes a live database and has none to change:"
                    + " set -Dschema-verify.url=jdbc:postgresql://host:5432/database and -Dschema-verify.to=<version>.");
        }
        getLog().info("schema-verify: rolling " + database + " back to version " + to + " with the downs of "
                + display(migrations) + (dryRun ? " (dry run: nothing is changed)" : ""));
        RollbackResult result = new SchemaVerifier().rollback(new RollbackRequest(
                MigrationSources.forLocation(migrations.toPath(), display(migrations), migrationSettings(), false),
                database, to, historySchema, dryRun, shadow(), schemaList(), snapshot(reportDirectory, backup),
                Duration.ofSeconds(lockWait), line -> getLog().info("schema-verify: " + line)));
        for (String line : result.lines()) {
            if (result.warnings().contains(line)) {
                getLog().warn("schema-verify: " + line);
            } else {
                getLog().info("schema-verify: " + line);
            }
        }
    }
}
