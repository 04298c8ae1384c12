package dev.schemaverify.maven;

import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.migrate.HistoryRepair;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * After a reviewed edit of an applied migration (a comment fixed), records its new checksum, and removes
 * the rows of migrations that failed outside a transaction (once their leftovers are cleaned up), so
 * {@code status} shows APPLIED (or PENDING) again. Every change leaves a REPAIR note in the history.
 * Runs nothing on the schema.
 */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends AbstractHistoryMojo {
    @Override
    protected void doExecute() throws MojoExecutionException {
        HistoryRepair.Result result = new SchemaVerifier().repair(historyRequest("repair"));
        print(result.lines(), result.notes());
    }
}
