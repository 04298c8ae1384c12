package dev.schemaverify.maven;

import dev.schemaverify.api.AccessTestRequest;
import dev.schemaverify.api.DatabaseTarget;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the access tests of {@code accessTests} (the format:
 * https://github.com/schema-verify/schema-verify/blob/main/docs/access-tests.md) on a shadow database built from the
 * migrations: fixtures, checks under database roles with JWT-style claims, and the RLS
 * matrix, each check in its own rolled-back transaction. Each check is a JUnit test case in
 * {@code access-test.junit.xml}. Against {@code url} only select checks and assertions run, read-only,
 * and only with {@code -Dschema-verify.accessTests.live=true}.
 */
@Mojo(name = "access-test", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AccessTestMojo extends AbstractShadowMojo {
    /**
     * The consent to run against the live database of {@code url}. A command-line property only, never a pom
     * parameter, so that no build runs access tests on a live database unless someone asked for it then.
     */
    static final String LIVE_PROPERTY = "schema-verify.accessTests.live";

    /** The access-test YAML file: fixtures, actors and their checks, the RLS matrix. */
    @Parameter(property = "schema-verify.accessTests",
            defaultValue = "${project.basedir}/src/test/resources/db/access-tests.yaml")
    private File accessTests;

    /** Seconds each statement of an access check may take ({@code SET LOCAL statement_timeout}). */
    @Parameter(property = "schema-verify.statementTimeout", defaultValue = "10")
    private int statementTimeout;

    /** Skips the access tests only (the other goals still run). */
    @Parameter(property = "schema-verify.skipAccessTests", defaultValue = "false")
    private boolean skipAccessTests;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        if (skipAccessTests) {
            getLog().info("schema-verify: access tests skipped (schema-verify.skipAccessTests=true)");
            return;
        }
        if (statementTimeout < 1) {
            throw new MojoExecutionException("schema-verify: statementTimeout must be at least 1 (seconds), got "
                    + statementTimeout + " (-Dschema-verify.statementTimeout=10).");
        }
        DatabaseTarget database = target();
        boolean live = Boolean.parseBoolean(firstNonBlank(session.getUserProperties().getProperty(LIVE_PROPERTY),
                System.getProperty(LIVE_PROPERTY)));
        AccessTestRequest request = new AccessTestRequest(accessTests.toPath(), display(accessTests),
                migrations.toPath(), display(migrations), migrationSettings(), database,
                database == null ? shadow() : null, live, statementTimeout);
        getLog().info("schema-verify: running the access tests of " + display(accessTests) + " on "
                + (database == null ? "a shadow database built from " + display(migrations) : database.displayUrl()));
        finish(verifier().accessTest(request), true);
    }
}
