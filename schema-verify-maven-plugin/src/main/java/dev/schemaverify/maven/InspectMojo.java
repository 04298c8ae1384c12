package dev.schemaverify.maven;

import dev.schemaverify.api.InspectRequest;
import dev.schemaverify.api.InspectResult;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.report.Report;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a contract YAML from a database: the live one named by {@code url}, or a shadow database built
 * from the migrations. Adopting the plugin in an existing project is one command:
 * {@code mvn schema-verify:inspect -Dschema-verify.output=src/main/resources/db/schema-contract.yaml}.
 */
@Mojo(name = "inspect", threadSafe = true)
public class InspectMojo extends AbstractShadowMojo {
    /** Where the contract is written. */
    @Parameter(property = "schema-verify.output",
            defaultValue = "${project.build.directory}/schema-verify/schema-contract.yaml")
    private File output;

    /** Schemas to leave out, comma separated. */
    @Parameter(property = "schema-verify.excludeSchemas")
    private List<String> excludeSchemas;

    /**
     * Write each table's, view's, routine's, sequence's and enum type's owner into the contract, which then
     * says {@code compareOwners: true}, so verify and diff compare them.
     */
    @Parameter(property = "schema-verify.compareOwners", defaultValue = "false")
    private boolean compareOwners;

    /**
     * Write every comment (COMMENT ON) into the contract, which then says {@code compareComments: true}, so
     * verify and diff compare them.
     */
    @Parameter(property = "schema-verify.compareComments", defaultValue = "false")
    private boolean compareComments;

    @Override
    protected boolean readsChangelog() {
        return isBlank(url) && super.readsChangelog(); // with a url, inspect reads no migrations
    }

    @Override
    protected void doExecute() throws MojoExecutionException {
        InspectRequest request = new InspectRequest(migrations.toPath(), display(migrations), target(),
                isBlank(url) ? shadow() : null, schemaList(), excludeSchemas, migrationSettings(), compareOwners,
                compareComments);
        InspectResult result = new SchemaVerifier().inspect(request);
        result.writeContract(output.toPath());
        getLog().info("schema-verify: inspected " + result.source() + ": "
                + Report.plural(result.snapshot().tables().size(), "table") + ", "
                + Report.plural(result.snapshot().size(), "object") + "; contract written to " + display(output));
        List<NotVerified> notVerified = result.snapshot().notVerified();
        if (!notVerified.isEmpty()) {
            getLog().warn("schema-verify: " + notVerified.size() + " object(s) the contract cannot describe yet:");
            notVerified.forEach(object -> getLog().warn("  " + object));
        }
    }
}
