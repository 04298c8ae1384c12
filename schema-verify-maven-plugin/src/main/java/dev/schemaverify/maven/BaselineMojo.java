package dev.schemaverify.maven;

import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.migrate.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adopts a database that already holds the schema (built by hand or another tool): records the
 * migrations up to {@code baselineVersion} as applied, without running them, so {@code migrate} applies
 * only the newer ones. Refuses when the database already has a history. Changes only the history table.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractHistoryMojo {
    /** The newest migration the existing schema already holds, e.g. {@code 5} (baseline, baselineOnMigrate). */
    @Parameter(property = "schema-verify.baselineVersion", required = true)
    private String baselineVersion;

    @Override
    protected void doExecute() throws MojoExecutionException {
        Baseline.Result result = new SchemaVerifier().baseline(historyRequest("baseline"), baselineVersion);
        print(result.lines(), result.notes());
    }
}
