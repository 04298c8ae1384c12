package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.VerifyRequest;
import dev.schemaverify.api.VerifyResult;
import java.io.File;
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
public class VerifyMojo extends AbstractShadowMojo {
    /** The YAML contract that declares the expected schema. */
    @Parameter(property = "schema-verify.contract",
            defaultValue = "${project.basedir}/src/main/resources/db/schema-contract.yaml")
    private File contract;

    /** Also report objects the database has that the contract does not declare. */
    @Parameter(property = "schema-verify.strict", defaultValue = "false")
    private boolean strict;

    /**
     * Owners of tables, views, materialized views, functions, procedures, sequences and enum types: verify
     * and diff compare them (diff's scripts change them with ALTER ... OWNER TO), inspect writes them into the
     * contract with compareOwners: true, which switches them on as well. Off by default: the owning roles
     * often differ between environments.
     */
    @Parameter(property = "schema-verify.compareOwners", defaultValue = "false")
    private boolean compareOwners;

    /**
     * Comments (COMMENT ON) of extensions, schemas, tables, columns, views, materialized views, functions,
     * procedures, sequences, enum types, and of constraints (primary keys, unique, check, foreign keys), indexes (of
     * tables and materialized views), policies and triggers: verify and diff compare them (diff's scripts set
     * them), inspect writes them into the contract with compareComments: true, which switches them on as
     * well. Off by default; when off, the comments a database has are listed as not verified.
     */
    @Parameter(property = "schema-verify.compareComments", defaultValue = "false")
    private boolean compareComments;

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
