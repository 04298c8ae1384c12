package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.ShadowSettings;
import dev.schemaverify.model.Progress;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.eclipse.aether.RepositorySystem;

/**
 * What every goal shares: {@code skip}, the target database and its credentials, the migrations, the
 * shadow database, and mapping the core's errors to Maven's once.
 */
public abstract class AbstractSchemaVerifyMojo extends AbstractMojo {
    /** Environment variable read for the password when neither a server nor a password is configured. */
    static final String PASSWORD_ENV = "SCHEMA_VERIFY_PASSWORD";
    /** Environment variable read for the user when neither a server nor a user is configured. */
    static final String USER_ENV = "SCHEMA_VERIFY_USER";

    /** Skips this goal. */
    @Parameter(property = "schema-verify.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * JDBC URL of a live database to check, e.g. {@code jdbc:postgresql://staging:5432/app}. Without it,
     * the goal works on a shadow database built from the migrations.
     */
    @Parameter(property = "schema-verify.url")
    protected String url;

    /** Login role for {@code url}; falls back to the {@code serverId} server, then {@code SCHEMA_VERIFY_USER}. */
    @Parameter(property = "schema-verify.user")
    protected String user;

    /**
     * The password for {@code url} is deliberately not a pom parameter: Maven prints every parameter's value
     * with {@code -X}. It comes from the {@code serverId} server of settings.xml (may be encrypted), the
     * {@code -Dschema-verify.password} property, or the {@code SCHEMA_VERIFY_PASSWORD} environment variable.
     */
    static final String PASSWORD_PROPERTY = "schema-verify.password";

    /** Id of a {@code <server>} in settings.xml whose username and password log in to {@code url}. */
    @Parameter(property = "schema-verify.serverId")
    protected String serverId;

    /** Folder of SQL migrations ({@code V1__init.sql}, {@code 001_init.sql}), applied in version order. */
    @Parameter(property = "schema-verify.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    protected File migrations;

    /**
     * A Liquibase changelog (XML, YAML, JSON or formatted SQL) to use instead of a SQL folder. Without it, a
     * project with no {@code migrations} folder but a
     * {@code src/main/resources/db/changelog/db.changelog-master.yaml} (or {@code .yml}, {@code .xml}) uses
     * that changelog.
     */
    @Parameter(property = "schema-verify.changelog")
    protected File changelog;

    /** Schemas to inspect, comma separated. Empty: the schemas the contract declares (or all, for inspect). */
    @Parameter(property = "schema-verify.schemas")
    protected List<String> schemas;

    /** Major version of the embedded PostgreSQL used as shadow database: 14, 15, 16 or 17. */
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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    @Component
    protected SettingsDecrypter decrypter;

    @Component
    protected RepositorySystem repositorySystem;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schema-verify: skipped (schema-verify.skip=true)");
            return;
        }
        quietEmbeddedServerLogging();
        migrations = migrationsLocation();
        try {
            doExecute();
        } catch (SchemaVerifyException e) {
            throw new MojoExecutionException(Suggestions.explain(e, connectionParameters(e.getMessage())), e);
        }
    }

    /**
     * The embedded server library logs every start and stop at INFO; Maven's SLF4J logger reads per-logger
     * levels from system properties when a logger is first created, so this keeps the build log to our
     * own lines. {@code -X} (debug) leaves them on.
     */
    private void quietEmbeddedServerLogging() {
        String key = "org.slf4j.simpleLogger.log.io.zonky.test";
        if (!getLog().isDebugEnabled() && System.getProperty(key) == null) {
            System.setProperty(key, "warn");
        }
    }

    /** The core facade, printing progress lines on long work into the build log. */
    protected SchemaVerifier verifier() {
        return new SchemaVerifier(new Progress(line -> getLog().info("schema-verify: " + line)));
    }

    /** Logs {@code text} at the level {@code severity} asks for. */
    protected void log(dev.schemaverify.model.Severity severity, String text) {
        switch (severity) {
            case ERROR -> getLog().error(text);
            case WARNING -> getLog().warn(text);
            default -> getLog().info(text);
        }
    }

    /** The SQL folder, or the Liquibase changelog that stands in for it. */
    private File migrationsLocation() {
        if (changelog != null) {
            return changelog;
        }
        if (migrations != null && migrations.exists()) {
            return migrations;
        }
        File folder = new File(project.getBasedir(), "src/main/resources/db/changelog");
        for (String name : new String[] {"db.changelog-master.yaml", "db.changelog-master.yml", "db.changelog-master.xml"}) {
            File candidate = new File(folder, name);
            if (candidate.isFile()) {
                return candidate;
            }
        }
        return migrations;
    }

    /**
     * The parameters of the connection a message is about, found by its URL: a goal may open up to three
     * (the target, diff's reference, a shadow server), and each has its own login.
     */
    protected String connectionParameters(String message) {
        if (message != null && !isBlank(shadowUrl)
                && message.contains(new DatabaseTarget(shadowUrl.trim(), null, null).displayUrl())) {
            return "-Dschema-verify.shadowUrl, its login (shadowUser, shadowServerId in settings.xml, or"
                    + " -Dschema-verify.shadowPassword / SCHEMA_VERIFY_SHADOW_PASSWORD)";
        }
        return "-Dschema-verify.url, the credentials (user, serverId in settings.xml, or the"
                + " SCHEMA_VERIFY_USER / SCHEMA_VERIFY_PASSWORD environment variables)";
    }

    /** The goal's own work; core errors thrown from here are mapped to Maven errors once, above. */
    protected abstract void doExecute() throws MojoExecutionException, MojoFailureException;

    /** The live database, or {@code null} when no url is configured. */
    protected DatabaseTarget target() throws MojoExecutionException {
        if (isBlank(url)) {
            return null;
        }
        Credentials credentials = credentials(serverId, "serverId");
        String login = firstNonBlank(user, credentials.user, System.getenv(USER_ENV));
        String secret = firstNonBlank(session.getUserProperties().getProperty(PASSWORD_PROPERTY),
                credentials.password, System.getenv(PASSWORD_ENV));
        return new DatabaseTarget(url.trim(), login, secret);
    }

    /**
     * The login of a second connection ({@code reference} or {@code shadow}): its own user, server,
     * password property and environment variable first ({@code <prefix>User}, {@code <prefix>ServerId},
     * {@code -Dschema-verify.<prefix>Password}, {@code SCHEMA_VERIFY_<PREFIX>_PASSWORD}); whatever it does
     * not set comes from the main login, so one {@code user} serves every connection of a build.
     */
    protected Credentials login(String prefix, String ownUser, String ownServerId) throws MojoExecutionException {
        Credentials own = credentials(ownServerId, prefix + "ServerId");
        Credentials main = credentials(serverId, "serverId");
        String login = firstNonBlank(ownUser, own.user, user, main.user, System.getenv(USER_ENV));
        String secret = firstNonBlank(session.getUserProperties().getProperty("schema-verify." + prefix + "Password"),
                own.password, System.getenv("SCHEMA_VERIFY_" + prefix.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD"),
                session.getUserProperties().getProperty(PASSWORD_PROPERTY), main.password, System.getenv(PASSWORD_ENV));
        return new Credentials(login, secret);
    }

    protected ShadowSettings shadow() throws MojoExecutionException {
        if (postgresVersion < 14 || postgresVersion > 17) {
            throw new MojoExecutionException("postgresVersion " + postgresVersion
                    + " is not supported: use 14, 15, 16 or 17 (-Dschema-verify.postgresVersion=17).");
        }
        if (!isBlank(shadowUrl)) {
            Credentials credentials = login("shadow", shadowUser, shadowServerId);
            return new ShadowSettings(postgresVersion, null,
                    new DatabaseTarget(shadowUrl.trim(), credentials.user, credentials.password));
        }
        Path binaries = EmbeddedBinaries.resolve(postgresVersion, repositorySystem, session, project, getLog());
        return new ShadowSettings(postgresVersion, binaries, null);
    }

    protected List<String> schemaList() {
        List<String> list = new ArrayList<>();
        if (schemas != null) {
            for (String entry : schemas) {
                for (String part : entry.split(",")) {
                    if (!part.isBlank()) {
                        list.add(part.trim());
                    }
                }
            }
        }
        return list;
    }

    /** A path as users see it: relative to the project folder when it lies inside it. */
    protected String display(File file) {
        if (file == null) {
            return null;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path path = file.toPath().toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString().replace(File.separatorChar, '/') : path.toString();
    }

    protected Credentials credentials(String id, String parameter) throws MojoExecutionException {
        if (isBlank(id)) {
            return new Credentials(null, null);
        }
        Server server = settings.getServer(id);
        if (server == null) {
            throw new MojoExecutionException("No <server> with id '" + id + "' in settings.xml (set by " + parameter
                    + "). Add one with <username> and <password>, or remove " + parameter + ".");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("Cannot decrypt the password of server '" + id + "' in settings.xml: "
                        + problem.getMessage());
            }
        }
        Server decrypted = result.getServer() == null ? server : result.getServer();
        return new Credentials(decrypted.getUsername(), decrypted.getPassword());
    }

    protected record Credentials(String user, String password) {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (!isBlank(value)) {
                return value;
            }
        }
        return null;
    }
}
