package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.HistoryRequest;
import dev.schemaverify.api.MigrationSources;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that write a target's migration history without a shadow database ({@code migrate},
 * {@code baseline}, {@code repair}, {@code import-flyway}): a database is required, and they take the
 * migration lock, whose wait is declared here once.
 */
public abstract class AbstractHistoryMojo extends AbstractSchemaVerifyMojo {
    /**
     * Seconds to wait for the migration lock another run holds; then the goal fails naming that run
     * (process id, application, client address, since when). A progress line shows every 10 s.
     */
    @Parameter(property = "schema-verify.lockWait", defaultValue = "600")
    protected int lockWait;

    /** The request for {@code goal}, which needs a {@code url}. */
    protected HistoryRequest historyRequest(String goal) throws MojoExecutionException {
        DatabaseTarget database = target();
        if (database == null) {
            throw new MojoExecutionException("schema-verify: " + goal + " changes the history of a live database and"
                    + " has none: set -Dschema-verify.url=jdbc:postgresql://host:5432/database (with"
                    + " -Dschema-verify.serverId, or SCHEMA_VERIFY_USER / SCHEMA_VERIFY_PASSWORD, for the login).");
        }
        getLog().info("schema-verify: " + goal + " of " + database + " against " + display(migrations));
        return new HistoryRequest(migrationSource(null), database,
                historySchema, Duration.ofSeconds(lockWait), line -> getLog().info("schema-verify: " + line));
    }

    /** Logs result lines: notes the user must read as warnings, the rest as information. */
    protected void print(java.util.List<String> lines, java.util.List<String> warnings) {
        for (String line : lines) {
            if (warnings.contains(line)) {
                getLog().warn("schema-verify: " + line);
            } else {
                getLog().info("schema-verify: " + line);
            }
        }
    }
}
