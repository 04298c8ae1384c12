package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.LintRequest;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build on hazardous, data-losing, insecure or slow schema changes and on committed secrets.
 * Applies the migrations to a shadow database statement by statement and observes what each statement
 * does there (the locks it takes, tables it rewrites or scans, indexes it builds), then checks the migrated
 * catalog and the text of the migrations, the contract and {@code pom.xml}. The rules are listed in
 * https://github.com/schema-verify/schema-verify/blob/main/docs/lint-rules.md; set a rule's level with
 * {@code severities}, excuse one statement with {@code -- schema-verify:ignore <rule-id> <reason>}. Writes
 * {@code lint.*} reports into {@code reportDirectory}.
 *
 * <p>With {@code url} (pre-deploy), only the migrations that database has not applied are linted for hazards,
 * on a shadow database that holds the applied ones, and each hazard names the table's size there; the
 * catalog rules read its catalog. Nothing is written to it (read-only session, 5 s lock and 60 s statement
 * timeouts).
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractShadowMojo {
    /** The contract file, scanned for committed secrets like the migrations and {@code pom.xml} (lint compares no schema). */
    @Parameter(property = "schema-verify.contract",
            defaultValue = "${project.basedir}/src/main/resources/db/schema-contract.yaml")
    private File contract;

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

    /** Fail the build on lint findings (at or above {@code failOn}); when false, they are only reported. */
    @Parameter(property = "schema-verify.failOnLint", defaultValue = "true")
    private boolean failOnLint;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        LintRequest request = request(this, contract, apiRoles, tenantColumns, applicationRoles);
        DatabaseTarget target = target();
        if (target != null) {
            request = request.withTarget(new LintRequest.Target(target, historySchema));
        }
        finish(verifier().lint(request), failOnLint);
    }

    /**
     * The lint of {@code mojo}'s migrations on its shadow database, reading {@code pom.xml} and the contract for
     * secrets; {@code preflight}'s lint check runs the same request.
     */
    static LintRequest request(AbstractShadowMojo mojo, File contract, List<String> apiRoles,
            List<String> tenantColumns, List<String> applicationRoles) throws MojoExecutionException {
        List<LintRequest.File> files = new ArrayList<>();
        if (mojo.project.getFile() != null) {
            files.add(new LintRequest.File(mojo.project.getFile().toPath(), mojo.display(mojo.project.getFile())));
        }
        files.add(new LintRequest.File(contract.toPath(), mojo.display(contract)));
        return new LintRequest(mojo.migrations.toPath(), mojo.display(mojo.migrations), mojo.shadow(),
                mojo.migrationSettings(), names(apiRoles), files, names(tenantColumns), names(applicationRoles));
    }

    /** A list parameter's entries, each of which may itself be comma separated (the property form). */
    private static List<String> names(List<String> entries) {
        return entries == null ? List.of() : entries.stream().flatMap(entry -> List.of(entry.split(",")).stream())
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
