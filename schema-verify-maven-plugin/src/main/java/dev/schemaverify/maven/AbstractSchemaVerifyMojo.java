package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.GoalResult;
import dev.schemaverify.api.ShadowSettings;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.MigrationSettings;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.model.Progress;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import dev.schemaverify.report.Baseline;
import dev.schemaverify.report.ConsoleWriter;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.report.Reports;
import dev.schemaverify.report.Severities;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.eclipse.aether.RepositorySystem;

/**
 * What every goal shares: {@code skip}, the target database and its credentials, the migrations, the
 * reports and the finding policy (severities, baseline, {@code failOn}), mapping the core's errors to
 * Maven's once and failing once, after every finding is printed. The shadow database's settings live in
 * {@link AbstractShadowMojo}, for the goals that build one.
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
     * the goal works on a shadow database built from the migrations. Its password is not a parameter:
     * pass {@code -Dschema-verify.password=...}, set {@code SCHEMA_VERIFY_PASSWORD}, or use {@code serverId}.
     */
    @Parameter(property = "schema-verify.url")
    protected String url;

    /**
     * Login role for {@code url}; falls back to the {@code serverId} server, then {@code SCHEMA_VERIFY_USER}.
     * The password comes from {@code -Dschema-verify.password}, the {@code serverId} server or
     * {@code SCHEMA_VERIFY_PASSWORD}, never from the pom.
     */
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

    /**
     * Folder of SQL migrations ({@code V1__init.sql}, {@code 001_init.up.sql}, {@code 001_init/up.sql}...), applied
     * in version order.
     */
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

    /** Read the sub-folders of {@code migrations} too, as Flyway does; false reads the folder itself only. */
    @Parameter(property = "schema-verify.recursive", defaultValue = "true")
    protected boolean recursive;

    /**
     * How numbered migrations are ordered: {@code version} (by the number in the name, numerically) or
     * {@code filename} (by the whole name, as golang-migrate and sqlx do; files may then share a number, and the
     * name without its suffix is the version in history). Flyway names always order by version.
     */
    @Parameter(property = "schema-verify.ordering", defaultValue = "version")
    protected String ordering;

    /**
     * Liquibase contexts (a context expression, e.g. {@code prod}): changesets of other contexts are left out by
     * every goal. Liquibase's own {@code -Dliquibase.contexts} works too. Empty: every changeset.
     */
    @Parameter(property = "schema-verify.contexts")
    protected String contexts;

    /**
     * A Liquibase label expression (e.g. {@code !slow}). Liquibase's own {@code -Dliquibase.labelFilter} and
     * {@code -Dliquibase.labels} work too. Empty: every changeset.
     */
    @Parameter(property = "schema-verify.labels")
    protected String labels;

    /**
     * Values for {@code ${name}} placeholders in the SQL migrations, e.g.
     * {@code <placeholders><app_role>app</app_role></placeholders>}: {@code migrate} applies them, and a shadow
     * database is built with the same values, so what is verified is the SQL a target receives. A placeholder
     * without a value fails naming its file and line. Checksums stay those of the files as written.
     */
    @Parameter
    protected java.util.Map<String, String> placeholders;

    /** Also replace placeholders inside dollar-quoted bodies ({@code $$ ... $$}), which are left alone by default. */
    @Parameter(property = "schema-verify.placeholdersInDollarQuotes", defaultValue = "false")
    protected boolean placeholdersInDollarQuotes;

    /** Schemas to inspect, comma separated. Empty: the schemas the contract declares (or all, for inspect). */
    @Parameter(property = "schema-verify.schemas")
    protected List<String> schemas;

    /**
     * Seconds one connection attempt to {@code url} may take (socket and login). A server under load can
     * take seconds to accept a login.
     */
    @Parameter(property = "schema-verify.connectTimeout", defaultValue = "30")
    protected int connectTimeout;

    /**
     * How often a failed connection to {@code url} is retried, pausing 1 s, 2 s, 4 s (up to 8 s) between
     * attempts, when the failure is one a busy or starting server gives (too many connections, timeout);
     * a wrong password, database or port fails at once.
     */
    @Parameter(property = "schema-verify.connectRetries", defaultValue = "2")
    protected int connectRetries;

    /** Where reports go: {@code <goal>.json}, {@code .junit.xml}, {@code .sarif}, {@code .md}, {@code .html}. */
    @Parameter(property = "schema-verify.reportDirectory", defaultValue = "${project.build.directory}/schema-verify")
    protected File reportDirectory;

    /**
     * Report formats, comma separated: {@code console}, {@code json}, {@code junit}, {@code sarif},
     * {@code markdown}, {@code html}, or {@code all} (the default) or {@code none}. With {@code markdown},
     * the summary is also appended to the file {@code GITHUB_STEP_SUMMARY} names.
     */
    @Parameter(property = "schema-verify.reports", defaultValue = "all")
    protected List<String> reports;

    /**
     * Severity per finding code or code prefix, entries {@code code=level} with level {@code error},
     * {@code warning}, {@code info} or {@code off}: {@code changed-extension=warning},
     * {@code unexpected-*=warning}. They apply over the contract's {@code severities:} section.
     */
    @Parameter(property = "schema-verify.severities")
    protected List<String> severities;

    /** Lowest finding severity that fails the build: {@code ERROR}, {@code WARNING} or {@code INFO}. */
    @Parameter(property = "schema-verify.failOn", defaultValue = "ERROR")
    protected String failOn;

    /**
     * A baseline file of accepted findings (by fingerprint): they are reported as baseline and never fail
     * the build, so only new findings do. Written by {@code writeBaseline}.
     */
    @Parameter(property = "schema-verify.baseline")
    protected File baseline;

    /**
     * Write every current finding into the {@code baseline} file (default {@code schema-verify-baseline.txt}
     * in the project) as accepted, instead of failing on them.
     */
    @Parameter(property = "schema-verify.writeBaseline", defaultValue = "false")
    protected boolean writeBaseline;

    /** Schema of the history table {@code schema_verify_history}. */
    @Parameter(property = "schema-verify.historySchema", defaultValue = "public")
    protected String historySchema;

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

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schema-verify: skipped (schema-verify.skip=true)");
            return;
        }
        quietEmbeddedServerLogging();
        migrations = migrationsLocation();
        try {
            if (readsChangelog()) {
                OptionalLibraries.LIQUIBASE.require(plugin, repositorySystem, session, project, getLog());
            }
            doExecute();
        } catch (SchemaVerifyException e) {
            // The message already says what the cause said, located (file:line:col). Maven appends every
            // cause's own message to the error, which would repeat it in the driver's or parser's terms
            // (PostgreSQL's statement-relative "Position: 67", SnakeYAML's "in 'reader', line 15"), so the
            // cause goes to the debug log (-X) instead.
            getLog().debug("schema-verify: cause of the error below", e);
            throw new MojoExecutionException(FailureAdvice.explain(e, connectionParameters(e.getMessage())));
        }
    }

    /**
     * Whether this goal reads a Liquibase changelog, and so needs Liquibase on its class path: the migrations
     * are a file (a SQL folder is a directory, and the core runs a SQL folder without loading any Liquibase
     * class). A SQL folder's goals, and inspect of a url, do not make Maven resolve Liquibase at all.
     */
    protected boolean readsChangelog() {
        return migrations != null && migrations.isFile();
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

    /**
     * Renders the goal's result the one way every goal does: applies the configured severities, baseline
     * and {@code failOn}, prints the console lines, writes the report files (and the GitHub step summary),
     * writes the baseline when asked, and fails once when the core's decision says so.
     *
     * @param mayFail false when the goal's own switch ({@code failOnDrift=false}) says report only
     * @return the report as rendered
     */
    protected Report finish(GoalResult result, boolean mayFail) throws MojoExecutionException, MojoFailureException {
        ReportPolicy policy = policy(mayFail && !writeBaseline);
        Report report = result.report(policy);
        Set<String> formats = Reports.formats(reports);
        if (formats.contains("console")) {
            for (ConsoleWriter.Line line : new ConsoleWriter().lines(report)) {
                log(line.severity(), line.text());
            }
        }
        List<Path> files = Reports.write(report, formats, reportDirectory.toPath());
        if (!files.isEmpty()) {
            getLog().info("schema-verify: reports written to " + display(reportDirectory) + ": " + String.join(", ",
                    files.stream().map(f -> f.getFileName().toString()).toList()));
        }
        if (formats.contains("markdown")) {
            Reports.appendStepSummary(report, environment(Reports.STEP_SUMMARY_ENV));
        }
        if (writeBaseline) {
            File file = baseline != null ? baseline : new File(project.getBasedir(), "schema-verify-baseline.txt");
            int accepted = Baseline.write(file.toPath(), report);
            getLog().warn("schema-verify: wrote " + accepted + " accepted finding(s) of " + report.goal() + " to "
                    + display(file) + "; builds with -Dschema-verify.baseline=" + display(file)
                    + " fail only on findings not listed there");
            return report;
        }
        if (report.failed()) {
            Path pointer = files.stream().filter(f -> f.toString().endsWith(".html")).findFirst()
                    .orElse(files.isEmpty() ? null : files.get(0));
            throw new MojoFailureException(report.failureMessage(pointer == null ? null : display(pointer.toFile())));
        }
        return report;
    }

    /** The configured severities, baseline and threshold; {@code failOn} of {@code null} never fails. */
    ReportPolicy policy(boolean mayFail) throws MojoExecutionException {
        Severity threshold = null;
        if (mayFail) {
            Optional<Severity> level = Severities.level(failOn == null ? "ERROR" : failOn, "failOn");
            if (level.isEmpty()) {
                throw new MojoExecutionException("schema-verify: failOn=" + failOn + " cannot be off; use ERROR,"
                        + " WARNING or INFO, or the goal's own switch (failOnDrift, failOnProblems) to only report.");
            }
            threshold = level.get();
        }
        Baseline accepted = baseline == null || writeBaseline ? Baseline.NONE
                : Baseline.read(baseline.toPath(), display(baseline));
        return new ReportPolicy(Severities.parse(severities, "the severities parameter"), accepted, threshold);
    }

    /** An environment variable; a seam for the plugin's tests. */
    String environment(String name) {
        return System.getenv(name);
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
        return "-Dschema-verify.url, the credentials (user, serverId in settings.xml, or the"
                + " SCHEMA_VERIFY_USER / SCHEMA_VERIFY_PASSWORD environment variables)";
    }

    /**
     * How the migrations are read; Liquibase's own property names stand in for {@code contexts} and
     * {@code labels} when those are not set, so a team's {@code -Dliquibase.contexts=prod} means the same here.
     */
    protected MigrationSettings migrationSettings() {
        String contextExpression = firstNonBlank(contexts, property("liquibase.contexts"));
        String labelExpression = firstNonBlank(labels, property("liquibase.labelFilter"), property("liquibase.labels"));
        return new MigrationSettings(recursive, ordering, contextExpression, labelExpression, placeholders,
                placeholdersInDollarQuotes);
    }

    /** The migrations as a source, read as {@link #migrationSettings()} say. */
    protected MigrationSource migrationSource(Boolean requireRollbacks) {
        return MigrationSources.forLocation(migrations.toPath(), display(migrations), migrationSettings(),
                requireRollbacks);
    }

    private String property(String name) {
        String value = session == null ? null : session.getUserProperties().getProperty(name);
        if (isBlank(value) && project != null) {
            value = project.getProperties().getProperty(name);
        }
        return isBlank(value) ? System.getProperty(name) : value;
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
        if (connectTimeout < 1 || connectRetries < 0) {
            throw new MojoExecutionException("connectTimeout must be at least 1 (seconds) and connectRetries at least 0;"
                    + " got " + connectTimeout + " and " + connectRetries + ".");
        }
        return new DatabaseTarget(url.trim(), login, secret, connectTimeout, connectRetries);
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

    /** The core's placeholders from a pom's {@code <placeholders>} map; none when it is empty. */
    static dev.schemaverify.migrate.Placeholders placeholders(java.util.Map<String, String> values,
            boolean inDollarQuotes) {
        return values == null || values.isEmpty() ? dev.schemaverify.migrate.Placeholders.NONE
                : new dev.schemaverify.migrate.Placeholders(values, inDollarQuotes);
    }

    /** The snapshot written before a goal changes a target, into {@code directory}. */
    static dev.schemaverify.api.SnapshotSettings snapshot(File directory, boolean backup) {
        return new dev.schemaverify.api.SnapshotSettings(directory.toPath(), backup, null);
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

    /**
     * A path as users see it: relative to the folder the build was started in (the reactor root, so lines
     * of a multi-module build name the module), else to the project folder, when it lies inside it.
     */
    protected String display(File file) {
        if (file == null) {
            return null;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        String root = session == null ? null : session.getExecutionRootDirectory();
        if (root != null && base.startsWith(Path.of(root).toAbsolutePath().normalize())) {
            base = Path.of(root).toAbsolutePath().normalize();
        }
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
