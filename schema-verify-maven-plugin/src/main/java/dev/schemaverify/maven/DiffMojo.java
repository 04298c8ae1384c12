package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.ReconcileRequest;
import dev.schemaverify.api.ReconcileResult;
import dev.schemaverify.api.SchemaSource;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.reconcile.ReconcileOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares two schemas and writes {@code reconcile.sql}, the reviewed, idempotent SQL that brings the
 * actual one (the {@code url} database, or the migrations) to the expected one (the contract, the
 * migrations, or the {@code referenceUrl} database), and {@code reconcile-rollback.sql} the other way,
 * plus the {@code diff.*} reports. Changes no database, and never fails on differences: running the
 * script is the user's decision.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractContractMojo {
    /** The expected side: {@code contract}, {@code migrations} or {@code reference}; chosen from what is configured. */
    @Parameter(property = "schema-verify.against")
    private String against;

    /** A reference database to compare with, e.g. production when {@code url} is staging. */
    @Parameter(property = "schema-verify.referenceUrl")
    private String referenceUrl;

    /** Id of a {@code <server>} in settings.xml with the login for {@code referenceUrl}. */
    @Parameter(property = "schema-verify.referenceServerId")
    private String referenceServerId;

    /**
     * Login role for {@code referenceUrl}; falls back to the {@code referenceServerId} server, then to the
     * login of {@code url} ({@code user}, {@code serverId}, {@code SCHEMA_VERIFY_USER}). Its password is never
     * a pom parameter: the {@code referenceServerId} server, {@code -Dschema-verify.referencePassword} or
     * {@code SCHEMA_VERIFY_REFERENCE_PASSWORD}, else the main password.
     */
    @Parameter(property = "schema-verify.referenceUser")
    private String referenceUser;

    /** Write steps that lose data (drop a column, a table, an enum value) as live SQL rather than commented out. */
    @Parameter(property = "schema-verify.allowDestructive", defaultValue = "false")
    private boolean allowDestructive;

    /** Create indexes with CREATE INDEX CONCURRENTLY, outside the transaction. */
    @Parameter(property = "schema-verify.concurrentIndexes", defaultValue = "false")
    private boolean concurrentIndexes;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        DatabaseTarget database = target();
        SchemaSource migrationsSource = new SchemaSource.Migrations(migrations.toPath(), display(migrations),
                migrationSettings());
        SchemaSource actual = database != null ? new SchemaSource.Database(database) : migrationsSource;
        SchemaSource reference = null;
        if (!isBlank(referenceUrl)) {
            Credentials login = login("reference", referenceUser, referenceServerId);
            reference = new SchemaSource.Database(new DatabaseTarget(referenceUrl.trim(), login.user(), login.password()));
        }
        SchemaSource expected = SchemaSource.expected(against, reference,
                contract.isFile() ? new SchemaSource.ContractFile(contract.toPath(), display(contract)) : null,
                migrationsSource);
        // a shadow (and, for a non-default postgresVersion, its binaries) only when the migrations take part
        boolean migrationsTakePart = actual == migrationsSource || expected == migrationsSource;
        ReconcileResult result = verifier().reconcile(new ReconcileRequest(expected, actual,
                migrationsTakePart ? shadow() : null, schemaList(),
                new ReconcileOptions(allowDestructive, strict, concurrentIndexes, compareOwners, compareComments)));
        finish(result, false);
        for (ReconcileResult.Script script : result.writeScripts(reportDirectory.toPath(), allowDestructive)) {
            getLog().info("schema-verify: wrote " + display(script.file().toFile()) + " (" + script.steps() + " step(s)"
                    + (script.destructive() == 0 ? "" : ", " + script.destructive() + " destructive" + (allowDestructive
                            ? "" : " commented out; -Dschema-verify.allowDestructive=true writes them live"))
                    + (script.manual() == 0 ? "" : ", " + script.manual() + " MANUAL, commented out: complete them by hand")
                    + ")");
        }
    }

    @Override
    protected String connectionParameters(String message) {
        if (message != null && !isBlank(referenceUrl)
                && message.contains(new DatabaseTarget(referenceUrl.trim(), null, null).displayUrl())) {
            return "-Dschema-verify.referenceUrl, its login (referenceUser, referenceServerId in settings.xml, or"
                    + " -Dschema-verify.referencePassword / SCHEMA_VERIFY_REFERENCE_PASSWORD)";
        }
        return super.connectionParameters(message);
    }
}
