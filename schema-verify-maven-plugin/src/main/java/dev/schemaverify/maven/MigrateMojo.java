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
public class MigrateMojo extends AbstractSchemaVerifyMojo {
    /** Only print what would be applied; changes nothing, not even the history table. */
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

    @Override
    protected void doExecute() throws MojoExecutionException {
        DatabaseTarget database = target();
        if (database == null) {
            throw new MojoExecutionException("schema-verify: migrate changes a live database and has none to change:"
                    + " set -Dschema-verify.url=jdbc:postgresql://host:5432/database (with -Dschema-verify.serverId,"
                    + " or SCHEMA_VERIFY_USER / SCHEMA_VERIFY_PASSWORD, for the login).");
        }
        MigrateOptions options = new MigrateOptions(historySchema, dryRun, target, outOfOrder, allowEdited,
                allowMissing);
        getLog().info("schema-verify: migrating " + database + " from " + display(migrations)
                + (dryRun ? " (dry run: nothing is changed)" : ""));
        MigrateResult result = new SchemaVerifier().migrate(new MigrateRequest(
                MigrationSources.forLocation(migrations.toPath(), display(migrations)), database, options,
                line -> getLog().info("schema-verify: " + line)));
        for (String line : result.lines()) {
            if (result.notes().contains(line)) {
                getLog().warn("schema-verify: " + line);
            } else {
                getLog().info("schema-verify: " + line);
            }
        }
    }
}
