package dev.schemaverify.maven;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.GoalResult;
import dev.schemaverify.api.ShadowSettings;
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
import org.eclipse.aether.RepositorySystem;

/**
 * What every goal shares: {@code skip}, the target database and its credentials, the migrations, the
 * shadow database, the reports and the finding policy (severities, baseline, {@code failOn}), mapping the
 * core's errors to Maven's once and failing once, after every finding is printed.
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
            // The message already says what the cause said, located (file:line:col). Maven appends every
            // cause's own message to the error, which would repeat it in the driver's or parser's terms
            // (PostgreSQL's statement-relative "Position: 67", SnakeYAML's "in 'reader', line 15"), so the
            // cause goes to the debug log (-X) instead.
            getLog().debug("schema-verify: cause of the error below", e);
            throw new MojoExecutionException(Suggestions.explain(e));
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

    protected ShadowSettings shadow() throws MojoExecutionException {
        if (postgresVersion < 14 || postgresVersion > 17) {
            throw new MojoExecutionException("postgresVersion " + postgresVersion
                    + " is not supported: use 14, 15, 16 or 17 (-Dschema-verify.postgresVersion=17).");
        }
        if (!isBlank(shadowUrl)) {
            Credentials credentials = credentials(shadowServerId, "shadowServerId");
            return new ShadowSettings(postgresVersion, null,
                    new DatabaseTarget(shadowUrl.trim(), credentials.user, credentials.password));
        }
        Path binaries = EmbeddedBinaries.resolve(postgresVersion, repositorySystem, session, project, getLog());
        // one server log per build, under target/, instead of one growing file in the temporary directory
        Path serverLog = reportDirectory.toPath().resolve("embedded-postgres.log");
        return new ShadowSettings(postgresVersion, binaries, null, serverLog);
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
