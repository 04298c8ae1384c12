package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.PreflightRequest;
import dev.schemaverify.api.PreflightSettings;
import dev.schemaverify.api.StatusRequest;
import dev.schemaverify.api.VerifyRequest;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Before a deploy: whether the database named by {@code url} is ready for the pending migrations. Prints a
 * readiness table (connectivity and latency, server version against {@code postgresVersion}, the login's
 * privileges, the migrations' status, the extensions they need, sessions that would block their locks,
 * drift from the contract, the hazard lint of the pending migrations), writes {@code preflight.*} reports,
 * and fails when it is not ready. Reads only, with its own lock and statement timeouts.
 */
@Mojo(name = "preflight", threadSafe = true)
public class PreflightMojo extends AbstractContractMojo {
    /** Report pending migrations older than the newest applied one as warnings rather than errors. */
    @Parameter(property = "schema-verify.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /** How many {@code SELECT 1} round trips the latency's median and worst are measured over. */
    @Parameter(property = "schema-verify.roundTrips", defaultValue = "5")
    private int roundTrips;

    /** Milliseconds: a median round trip above this is a warning ({@code slow-round-trip}). */
    @Parameter(property = "schema-verify.slowRoundTrip", defaultValue = "250")
    private long slowRoundTrip;

    /** Seconds any preflight query may wait for a lock ({@code lock_timeout} of its session). */
    @Parameter(property = "schema-verify.preflightLockTimeout", defaultValue = "5")
    private int preflightLockTimeout;

    /** Seconds any preflight query may run ({@code statement_timeout} of its session). */
    @Parameter(property = "schema-verify.preflightStatementTimeout", defaultValue = "60")
    private int preflightStatementTimeout;

    /**
     * Seconds: a transaction this old holding a lock on a table a pending migration locks blocks the deploy;
     * a session idle in a transaction always does.
     */
    @Parameter(property = "schema-verify.longRunning", defaultValue = "60")
    private long longRunning;

    /**
     * The roles clients reach the database as, comma separated; a table granted to one of them needs
     * row-level security ({@code api-role-without-rls}). Default: {@code anon,authenticated,public}.
     */
    @Parameter(property = "schema-verify.apiRoles")
    private List<String> apiRoles;

    /**
     * The columns that make a table a tenant table, comma separated: such a table needs row-level security
     * and a policy using the column ({@code tenant-table-without-rls}, {@code tenant-policy-without-column}).
     * Default: {@code tenant_id,org_id}.
     */
    @Parameter(property = "schema-verify.tenantColumns")
    private List<String> tenantColumns;

    /**
     * The roles the application connects as, comma separated: a table with row-level security that one of
     * them owns needs {@code FORCE ROW LEVEL SECURITY} ({@code rls-not-forced}). Without it that rule is
     * not checked, and the report says so.
     */
    @Parameter(property = "schema-verify.applicationRoles")
    private List<String> applicationRoles;

    /**
     * Lint the pending migrations for hazards as {@code lint} with {@code url} does (on a shadow database holding
     * the applied ones; each hazard names the table's size on the target): the readiness table's {@code lint} row.
     */
    @Parameter(property = "schema-verify.preflightLint", defaultValue = "true")
    private boolean preflightLint;

    /** Fail the build when the target is not ready (findings at or above {@code failOn}); false only reports. */
    @Parameter(property = "schema-verify.failWhenNotReady", defaultValue = "true")
    private boolean failWhenNotReady;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        DatabaseTarget database = target();
        if (database == null) {
            throw new MojoExecutionException("schema-verify: preflight checks a live database: set"
                    + " -Dschema-verify.url=jdbc:postgresql://host:5432/db (and its login: serverId, or"
                    + " SCHEMA_VERIFY_USER / SCHEMA_VERIFY_PASSWORD).");
        }
        if (roundTrips < 1 || preflightLockTimeout < 1 || preflightStatementTimeout < 1) {
            throw new MojoExecutionException("schema-verify: roundTrips, preflightLockTimeout and"
                    + " preflightStatementTimeout must be at least 1.");
        }
        VerifyRequest drift = contract.isFile() ? new VerifyRequest(contract.toPath(), display(contract),
                migrations.toPath(), display(migrations), database, migrations.exists() ? shadow() : null,
                schemaList(), strict, migrationSettings(), compareOwners, compareComments) : null;
        finish(verifier().preflight(new PreflightRequest(
                new StatusRequest(migrationSource(false), database, historySchema, outOfOrder),
                drift, "no contract at " + display(contract) + " (set -Dschema-verify.contract)", schemaList(),
                new PreflightSettings(roundTrips, slowRoundTrip, preflightLockTimeout, preflightStatementTimeout,
                        longRunning, postgresVersion),
                preflightLint && migrations.exists() ? LintMojo.request(this, contract, apiRoles, tenantColumns, applicationRoles) : null)),
                failWhenNotReady);
    }
}
