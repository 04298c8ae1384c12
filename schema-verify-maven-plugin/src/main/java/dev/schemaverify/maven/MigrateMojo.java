package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.MigrateRequest;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrateResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the pending migrations to the database named by {@code url}: in version order, one transaction
 * each, recorded in {@code schema_verify_history}, under a lock so that two deploys never interleave.
 * Refuses, before applying anything, when an applied migration was edited or removed, or a pending one is
 * older than the newest applied one. It changes a database, so it has no default phase.
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractHistoryMojo {
    /** Only print what the goal would do (the plan and the SQL of each step); changes nothing, not even the history table. */
    @Parameter(property = "schema-verify.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Apply up to and including this version; empty applies everything (repeatables only then). */
    @Parameter(property = "schema-verify.target")
    private String target;

    /** Apply a pending migration older than the newest applied one, instead of failing. */
    @Parameter(property = "schema-verify.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /** Go on although an applied migration was edited since it was applied. */
    @Parameter(property = "schema-verify.allowEdited", defaultValue = "false")
    private boolean allowEdited;

    /** Go on although the file of an applied migration is gone. */
    @Parameter(property = "schema-verify.allowMissing", defaultValue = "false")
    private boolean allowMissing;

    /**
     * Seconds a migration statement may wait for a table lock before it fails (PostgreSQL's
     * {@code lock_timeout}); 0, the default, waits as long as it takes, since a deploy that gives up
     * half-way is worse than one that waits. Set it where a migration must never queue behind traffic.
     */
    @Parameter(property = "schema-verify.lockTimeout", defaultValue = "0")
    private int lockTimeout;

    /**
     * On a database that holds a schema but no history, first record the migrations up to
     * {@code baselineVersion} as applied (without running them), then migrate the rest.
     */
    @Parameter(property = "schema-verify.baselineOnMigrate", defaultValue = "false")
    private boolean baselineOnMigrate;

    /** The newest migration the existing schema already holds, e.g. {@code 5} (baseline, baselineOnMigrate). */
    @Parameter(property = "schema-verify.baselineVersion")
    private String baselineVersion;

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
            throw new MojoExecutionException("schema-verify: migrate changes a live database and has none to change:"
                    + " set -Dschema-verify.url=jdbc:postgresql://host:5432/database (with -Dschema-verify.serverId,"
                    + " or SCHEMA_VERIFY_USER / SCHEMA_VERIFY_PASSWORD, for the login).");
        }
        MigrateOptions options = new MigrateOptions(historySchema, dryRun, target, outOfOrder, allowEdited,
                allowMissing, java.time.Duration.ofSeconds(lockTimeout), java.time.Duration.ofSeconds(lockWait),
                baselineOnMigrate, baselineVersion);
        getLog().info("schema-verify: migrating " + database + " from " + display(migrations)
                + (dryRun ? " (dry run: nothing is changed)" : ""));
        MigrateResult result = new SchemaVerifier().migrate(new MigrateRequest(
                MigrationSources.forLocation(migrations.toPath(), display(migrations), migrationSettings(), false,
                        placeholders(placeholders, placeholdersInDollarQuotes)), database, options,
                line -> getLog().info("schema-verify: " + line), snapshot(reportDirectory, backup)));
        for (String line : result.lines()) {
            if (result.notes().contains(line)) {
                getLog().warn("schema-verify: " + line);
            } else {
                getLog().info("schema-verify: " + line);
            }
        }
    }
}
