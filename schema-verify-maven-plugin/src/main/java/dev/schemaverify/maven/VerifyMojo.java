package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.VerifyRequest;
import dev.schemaverify.api.VerifyResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the schema drifts from the contract. Checks the live database named by
 * {@code url}, or, without one, a shadow database built from the migrations. Never changes a database it
 * verifies. Writes {@code verify.json}, {@code .junit.xml}, {@code .sarif}, {@code .md} and {@code .html}
 * into {@code reportDirectory}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractContractMojo {
    /** Fail the build on drift (at or above {@code failOn}); when false, drift is only reported. */
    @Parameter(property = "schema-verify.failOnDrift", defaultValue = "true")
    private boolean failOnDrift;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        if (!contract.isFile()) {
            throw new MojoExecutionException("schema-verify: the contract " + display(contract) + " does not exist."
                    + " Generate one with mvn schema-verify:inspect -Dschema-verify.output=" + display(contract)
                    + ", or set -Dschema-verify.contract (the format: mvn schema-verify:help -Ddetail -Dgoal=verify).");
        }
        DatabaseTarget database = target();
        VerifyRequest request = new VerifyRequest(contract.toPath(), display(contract), migrations.toPath(),
                display(migrations), database, database == null || migrations.exists() ? shadow() : null,
                schemaList(), strict, migrationSettings(), compareOwners, compareComments);
        getLog().info("schema-verify: checking " + (request.target() == null
                ? "the migrations in " + display(migrations) : request.target().displayUrl())
                + " against " + display(contract));
        VerifyResult result = verifier().verify(request);
        result.notes().forEach(note -> getLog().info("schema-verify: " + note));
        finish(result, failOnDrift);
    }
}
