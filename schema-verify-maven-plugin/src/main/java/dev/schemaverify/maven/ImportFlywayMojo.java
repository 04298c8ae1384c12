package dev.schemaverify.maven;

import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.migrate.FlywayHistoryImport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Switches a database from Flyway to schema-verify without re-running anything: copies
 * {@code flyway_schema_history} into {@code schema_verify_history} (versions, descriptions, who and when),
 * recomputing the checksum of every file that is still what Flyway applied (its CRC-32 matches); a file
 * that differs shows EDITED in {@code status} until reviewed and accepted with {@code repair}. Flyway's
 * table is left as it is.
 */
@Mojo(name = "import-flyway", threadSafe = true)
public class ImportFlywayMojo extends AbstractHistoryMojo {
    /** Flyway's history table as {@code schema.table}; empty finds the one {@code flyway_schema_history}. */
    @Parameter(property = "schema-verify.flywayTable")
    private String flywayTable;

    @Override
    protected void doExecute() throws MojoExecutionException {
        FlywayHistoryImport.Result result = new SchemaVerifier().importFlyway(historyRequest("import-flyway"),
                flywayTable);
        print(result.lines(), result.notes());
    }
}
