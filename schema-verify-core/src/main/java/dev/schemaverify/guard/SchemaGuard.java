package dev.schemaverify.guard;

import dev.schemaverify.contract.Contract;
import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.inspect.ContractNormalizer;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.inspect.SameParse;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.report.Report;
import dev.schemaverify.shadow.JdbcUrls;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The start-up guard: before an application serves, checks read-only that the database it is about to use
 * holds a compatible schema version and matches the contract packaged with it, and refuses to start with
 * one message that lists every problem.
 *
 * <p>Nothing is written: the version is read with plain queries, the contract's expressions are deparsed
 * by PostgreSQL in a scope that is always rolled back and only touches temporary objects, the catalog is
 * read in a read-only scope, and the whole check runs in one transaction that is rolled back, under a
 * statement and lock timeout. The connection is handed back in the autocommit mode it came in.
 *
 * <p>The emergency bypass: {@value #ENVIRONMENT_VARIABLE}{@code =off} in the environment, or
 * {@code -D}{@value #SYSTEM_PROPERTY}{@code =off} (which wins over the environment), skips every check and
 * logs a warning naming the switch; {@code warn} reports problems without failing.
 */
public final class SchemaGuard {
    /** The environment variable that overrides the configured mode: {@code fail}, {@code warn} or {@code off}. */
    public static final String ENVIRONMENT_VARIABLE = "SCHEMA_VERIFY_GUARD";
    /** The system property that overrides the configured mode and the environment variable. */
    public static final String SYSTEM_PROPERTY = "schema-verify.guard";

    private static final Logger LOG = System.getLogger(SchemaGuard.class.getName());

    private SchemaGuard() {
    }

    /** Checks the database behind a connection taken from {@code dataSource} (and returned to it). */
    public static GuardResult check(DataSource dataSource, GuardOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            return check(connection, options);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "schema guard: cannot get a connection from the"
                    + " data source: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the database behind {@code connection}. Returns the result when the application may start
     * (passed, warn mode, or bypassed); throws {@link SchemaGuardException} listing every problem otherwise.
     */
    public static GuardResult check(Connection connection, GuardOptions options) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(options, "options");
        Switch effective = effectiveMode(options);
        String database = describe(connection);
        if (effective.mode() == GuardMode.OFF) {
            GuardResult bypassed = new GuardResult(GuardResult.Status.BYPASSED, database, options.requiredVersion(),
                    null, null, options.contractDisplay(), false, 0, 0, List.of(), effective.origin(), null);
            LOG.log(Level.WARNING, bypassed.describe());
            return bypassed;
        }
        GuardResult result = run(connection, options, effective.mode(), database);
        switch (result.status()) {
            case PASSED -> LOG.log(Level.INFO, result.describe());
            case WARNED -> LOG.log(Level.WARNING, result.describe()
                    + "\n  (warn mode set by " + effective.origin() + ")");
            default -> {
                LOG.log(Level.ERROR, result.describe());
                throw new SchemaGuardException(result);
            }
        }
        return result;
    }

    private static GuardResult run(Connection connection, GuardOptions options, GuardMode mode, String database) {
        List<GuardProblem> problems = new ArrayList<>();
        List<Diagnostic> drift = new ArrayList<>();
        DatabaseVersions.Found found = null;
        boolean strict = false;
        int objectCount = 0;
        int notVerified = 0;
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
        } catch (SQLException e) {
            throw failure(database, e);
        }
        try {
            connection.setAutoCommit(false);
            long millis = options.timeout().toMillis();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT set_config('statement_timeout', '" + millis + "ms', true),"
                        + " set_config('lock_timeout', '" + millis + "ms', true)");
            }
            if (options.requiredVersion() != null) {
                found = DatabaseVersions.read(connection, options, problems);
                if (found != null) {
                    VersionVerdict verdict = VersionVerdict.of(options.requiredVersion(), found.version());
                    if (!verdict.compatible()) {
                        problems.add(new GuardProblem(verdict == VersionVerdict.MAJOR_CONFLICT
                                ? "schema-version-conflict" : "schema-version-behind",
                                verdict.explain(options.requiredVersion(), found.version(), found.source()), null));
                    }
                }
            }
            if (options.contractYaml() != null) {
                Contract contract = new ContractReader().read(options.contractYaml(), options.contractDisplay());
                strict = options.strict() != null ? options.strict() : contract.strict();
                contract.requireSomethingToCheck(strict, "the schema guard");
                List<String> schemas = options.schemas().isEmpty() ? contract.schemas() : options.schemas();
                Snapshot actual = new Inspector(new InspectOptions(schemas, List.of()).withoutBookkeeping())
                        .inspect(connection);
                DiffOptions diffOptions = new DiffOptions(strict);
                Snapshot expected = SameParse.align(connection, new ContractNormalizer().normalize(connection,
                        contract.expected(), SchemaDiff.unchanged(contract.expected(), actual, diffOptions)), actual);
                objectCount = objects(expected);
                notVerified = actual.notVerified().size();
                for (Finding finding : SchemaDiff.diff(expected, actual, diffOptions)) {
                    drift.add(finding.toDiagnostic());
                }
            }
        } catch (SQLException e) {
            throw failure(database, e);
        } finally {
            try {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "schema guard: could not hand the connection back as it was: " + e.getMessage());
            }
        }
        // Version problems always count as errors; drift keeps the diff's severity, and the one decision to
        // fail (Report.failed) is the same as verify's.
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (GuardProblem problem : problems) {
            diagnostics.add(new Diagnostic(problem.code(), Severity.ERROR, new Diagnostic.Subject("database", database),
                    "schema version", problem.message(), null));
        }
        diagnostics.addAll(drift);
        String compared = options.contractDisplay() == null ? database : database + " against " + options.contractDisplay();
        Report report = Report.of("guard", compared, "Schema guard: " + database + " does not fit the application",
                "Schema guard passed: " + database + ".", "Run the migrations the messages name, or deploy the matching"
                        + " application; SCHEMA_VERIFY_GUARD=warn starts anyway.", List.of(compared), List.of(),
                List.of(), diagnostics);
        List<GuardProblem> all = new ArrayList<>(problems);
        for (Diagnostic d : drift) {
            all.add(new GuardProblem(d.code(), d.message(), d.location() == null ? null : d.location().toString()));
        }
        GuardResult.Status status = all.isEmpty() ? GuardResult.Status.PASSED
                : report.failed() && mode != GuardMode.WARN ? GuardResult.Status.FAILED : GuardResult.Status.WARNED;
        return new GuardResult(status, database, options.requiredVersion(), found == null ? null : found.version(),
                found == null ? null : found.source(), options.contractDisplay(), strict, objectCount, notVerified,
                all, null, report);
    }

    private static int objects(Snapshot snapshot) {
        return snapshot.extensions().size() + snapshot.enums().size() + snapshot.sequences().size()
                + snapshot.tables().size() + snapshot.views().size() + snapshot.routines().size();
    }

    /** The mode in force and who set it. */
    record Switch(GuardMode mode, String origin) {
    }

    static Switch effectiveMode(GuardOptions options) {
        String property = options.systemProperties().apply(SYSTEM_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new Switch(GuardMode.parse(property, "-D" + SYSTEM_PROPERTY),
                    "system property " + SYSTEM_PROPERTY + "=" + property.trim() + who(options));
        }
        String variable = options.environment().apply(ENVIRONMENT_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new Switch(GuardMode.parse(variable, ENVIRONMENT_VARIABLE),
                    "environment variable " + ENVIRONMENT_VARIABLE + "=" + variable.trim() + who(options));
        }
        return new Switch(options.mode(), "the application's GuardOptions (mode " + options.mode().name()
                .toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private static String who(GuardOptions options) {
        String user = options.systemProperties().apply("user.name");
        return user == null ? "" : " (process user " + user + ")";
    }

    private static String describe(Connection connection) {
        try {
            String url = JdbcUrls.redact(connection.getMetaData().getURL());
            String user = connection.getMetaData().getUserName();
            return url + (user == null ? "" : " as " + user);
        } catch (SQLException e) {
            return "the database";
        }
    }

    private static SchemaVerifyException failure(String database, SQLException e) {
        return new SchemaVerifyException(ErrorCode.CONNECTION, "schema guard: checking " + database + " failed: "
                + e.getMessage(), e);
    }
}
