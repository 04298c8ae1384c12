package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.VerifyRequest;
import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.model.Severity;
import dev.schemaverify.report.ConsoleReport;
import dev.schemaverify.report.JsonReport;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the schema drifts from the contract. Checks the live database named by
 * {@code url}, or, without one, a shadow database built from the migrations. Never changes a database it
 * verifies. Writes {@code verify.json} into {@code reportDirectory}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractSchemaVerifyMojo {
    /** The YAML contract that declares the expected schema. */
    @Parameter(property = "schema-verify.contract",
            defaultValue = "${project.basedir}/src/main/resources/db/schema-contract.yaml")
    private File contract;

    /** Also report objects the database has that the contract does not declare. */
    @Parameter(property = "schema-verify.strict", defaultValue = "false")
    private boolean strict;

    /** Fail the build on drift; when false, drift is only reported. */
    @Parameter(property = "schema-verify.failOnDrift", defaultValue = "true")
    private boolean failOnDrift;

    /** Lowest finding severity that fails the build: ERROR or WARNING. */
    @Parameter(property = "schema-verify.failOn", defaultValue = "ERROR")
    private Severity failOn;

    /** Where verify.json is written. */
    @Parameter(property = "schema-verify.reportDirectory", defaultValue = "${project.build.directory}/schema-verify")
    private File reportDirectory;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        if (!contract.isFile()) {
            throw new MojoExecutionException("schema-verify: the contract " + display(contract) + " does not exist."
                    + " Write one (docs/contract-format.md), generate it with mvn schema-verify:inspect"
                    + " -Dschema-verify.output=" + display(contract) + ", or set -Dschema-verify.contract.");
        }
        DatabaseTarget database = target();
        VerifyRequest request = new VerifyRequest(contract.toPath(), display(contract), migrations.toPath(),
                display(migrations), database, database == null || migrations.exists() ? shadow() : null,
                schemaList(), strict);
        getLog().info("schema-verify: checking " + (request.target() == null
                ? "the migrations in " + display(migrations) : request.target().displayUrl())
                + " against " + display(contract));
        VerifyResult result = verifier().verify(request);

        File report = new File(reportDirectory, "verify.json");
        JsonReport.write(result, report.toPath());
        for (ConsoleReport.Line line : ConsoleReport.render(result)) {
            log(line.severity(), line.text());
        }
        getLog().info("schema-verify: report written to " + display(report));
        if (failOnDrift && result.hasFindingsAtLeast(failOn)) {
            throw new MojoFailureException("schema-verify: " + result.count(Severity.ERROR) + " error(s) and "
                    + result.count(Severity.WARNING) + " warning(s) of schema drift; see the list above or "
                    + display(report) + ". Fix the schema or the contract " + display(contract) + ".");
        }
    }
}
