package dev.schemaverify.api;

import dev.schemaverify.contract.Contract;
import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.inspect.ContractNormalizer;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.inspect.SameParse;
import dev.schemaverify.migrate.MigrateResult;
import dev.schemaverify.migrate.MigrationHistory;
import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationState;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.liquibase.LiquibaseChangelog;
import dev.schemaverify.migrate.Migrator;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.Progress;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.rollback.RollbackCheckOptions;
import dev.schemaverify.rollback.RollbackChecker;
import dev.schemaverify.shadow.ShadowDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Supplier;

/**
 * The entry point for applications and build plugins: verify a contract, inspect a database, migrate
 * it, report its migration status and prove that migrations roll back.
 *
 * <p>Verification never changes a target database: it is inspected in a read-only transaction. The
 * contract's expressions are deparsed by PostgreSQL in the database checked: the shadow database built
 * from the migrations, or the target itself, inside a transaction that is always rolled back and only
 * touches temporary objects. A shadow is built for a target only when the target cannot deparse (its
 * login may not create temporary tables, or it is a read-only standby), and the result's notes say so.
 */
public final class SchemaVerifier {
    private final Progress progress;

    public SchemaVerifier() {
        this(Progress.NONE);
    }

    /** A verifier that prints progress lines on long work (thousands of tables, hundreds of migrations). */
    public SchemaVerifier(Progress progress) {
        this.progress = java.util.Objects.requireNonNull(progress, "progress");
    }

    /**
     * Compares the contract with the target, or with a shadow database built from the migrations. The
     * contract is read on a thread of its own meanwhile (the connection opens, the shadow starts, the
     * migrations run, the target is inspected); when any of that fails and the contract is broken too, the
     * contract's error is the one reported, as when it was read first.
     */
    public VerifyResult verify(VerifyRequest request) {
        ContractInBackground reading = ContractInBackground.start(request.contract(), request.contractDisplay());
        try {
            return reading.failFirst(() -> request.target() == null ? verifyInShadow(request, reading)
                    : verifyOnTarget(request, reading));
        } catch (SQLException e) {
            throw new IllegalStateException("both verify paths report SQL failures themselves", e);
        }
    }

    private VerifyResult verifyInShadow(VerifyRequest request, ContractInBackground reading) {
        requireMigrations(request.migrations(), request.migrationsDisplay());
        try (ShadowDatabase shadow = ShadowFactory.open(request.shadow());
                Connection connection = shadow.connect()) {
            int applied = migrate(request.migrations(), request.migrationsDisplay(), request.migrationSettings(),
                    connection);
            Contract contract = reading.join();
            DiffOptions diffOptions = diffOptions(request, contract);
            Snapshot actual = new Inspector(scope(schemas(request, contract))).inspect(connection);
            Snapshot expected = normalize(connection, contract.expected(), actual, diffOptions);
            return result(contract, describe(shadow, applied), expected, actual, diffOptions, request.schemas(),
                    List.of());
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
        }
    }

    private VerifyResult verifyOnTarget(VerifyRequest request, ContractInBackground reading) {
        try (Connection target = Connections.open(request.target())) {
            return verifyLive(target, request, reading, besideSession(request.target()));
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION,
                    "lost the connection to " + request.target().displayUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the second session a large schema's inspection reads its columns in, on a target the caller opened
     * itself (never a shadow: the migrations' session settings, a time zone say, would not hold in a new
     * session, and values deparse under them): one attempt with a short
     * login timeout, no retries, because the first session does the work alone when this one cannot open (a
     * server at its connection limit would otherwise hold the inspection through the retries' pauses).
     */
    private static Supplier<Connection> besideSession(DatabaseTarget target) {
        DatabaseTarget once = target.withConnectSettings(Math.min(target.connectTimeoutSeconds(), 5), 0);
        return () -> Connections.open(once);
    }

    /** The schemas to inspect: the request's, else the contract's. */
    private static List<String> schemas(VerifyRequest request, Contract contract) {
        return request.schemas().isEmpty() ? contract.schemas() : request.schemas();
    }

    private static InspectOptions scope(List<String> schemas) {
        return new InspectOptions(schemas, List.of()).withoutBookkeeping();
    }

    /** Strict, owners and comments each from the request or from the contract itself. */
    private static DiffOptions diffOptions(VerifyRequest request, Contract contract) {
        return new DiffOptions(request.strict() || contract.strict(), request.compareOwners() || contract.compareOwners(),
                request.compareComments() || contract.compareComments());
    }

    /**
     * Verifies the live database on {@code target}, an open connection in autocommit mode (preflight opens
     * it with its lock and statement timeouts): inspected read-only, the contract deparsed there in a
     * transaction that is rolled back, or in a shadow when the target cannot.
     */
    VerifyResult verifyLive(Connection target, VerifyRequest request) throws SQLException {
        ContractInBackground reading = ContractInBackground.start(request.contract(), request.contractDisplay());
        return reading.failFirst(() -> verifyLive(target, request, reading, null));
    }

    /**
     * {@code beside} opens the second session a large schema's columns may be read in, or is {@code null}
     * (preflight: its session's statement timeout would not hold in a second one).
     */
    private VerifyResult verifyLive(Connection target, VerifyRequest request, ContractInBackground reading,
            Supplier<Connection> beside) throws SQLException {
        // The target is inspected while the contract is read, in the schemas the request or the contract's
        // layout names; when the contract, once read, names others, those are inspected instead.
        List<String> guessed = request.schemas().isEmpty() ? reading.guessedSchemas() : request.schemas();
        Snapshot early = guessed == null ? null : new Inspector(scope(guessed)).inspect(target, beside);
        Contract contract = reading.join();
        List<String> schemas = schemas(request, contract);
        DiffOptions diffOptions = diffOptions(request, contract);
        boolean haveMigrations = hasMigrations(request.migrations());
        Snapshot actual = early != null && schemas.equals(guessed) ? early
                : new Inspector(scope(schemas)).inspect(target, beside);
        // The live database deparses the contract itself (temporary objects, rolled back); the migrations
        // are only built into a shadow when it cannot, so a broken or slow migration never blocks a live check.
        Snapshot expected;
        List<String> notes = new java.util.ArrayList<>();
        try {
            expected = normalize(target, contract.expected(), actual, diffOptions);
        } catch (SchemaVerifyException e) {
            if (e.code() != ErrorCode.CONFIGURATION || !haveMigrations) {
                throw e;
            }
            notes.add("built a shadow database from " + request.migrationsDisplay() + " to deparse the contract"
                    + " in, because " + request.target().displayUrl() + " cannot: " + e.getMessage());
            try (ShadowDatabase shadow = ShadowFactory.open(request.shadow());
                    Connection context = shadow.connect()) {
                migrate(request.migrations(), request.migrationsDisplay(), request.migrationSettings(), context);
                expected = normalize(context, contract.expected(), actual, diffOptions);
            }
        }
        return result(contract, "database " + request.target().displayUrl(), expected, actual, diffOptions,
                request.schemas(), notes);
    }

    /**
     * Runs access tests: checks under database roles, each in a rolled-back transaction, on a shadow
     * database after the migrations, or read-only on a live target when the request consents to it.
     */
    public AccessTestResult accessTest(AccessTestRequest request) {
        return AccessTesting.run(request);
    }

    /** Reads a database (the target, or the shadow after the migrations) and writes it as a contract. */
    public InspectResult inspect(InspectRequest request) {
        InspectOptions scope = new InspectOptions(request.schemas(), request.exclude()).withoutBookkeeping();
        if (request.target() == null) {
            requireMigrations(request.migrations(), request.migrationsDisplay());
            try (ShadowDatabase shadow = ShadowFactory.open(request.shadow());
                    Connection connection = shadow.connect()) {
                int applied = migrate(request.migrations(), request.migrationsDisplay(), request.migrationSettings(),
                        connection);
                Snapshot snapshot = new Inspector(scope).inspect(connection);
                return new InspectResult(describe(shadow, applied), snapshot, request.owners(), request.comments());
            } catch (SQLException e) {
                throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
            }
        }
        try (Connection target = Connections.open(request.target())) {
            Snapshot snapshot = new Inspector(scope).inspect(target, besideSession(request.target()));
            return new InspectResult("database " + request.target().displayUrl(), snapshot, request.owners(),
                    request.comments());
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION,
                    "lost the connection to " + request.target().displayUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies the migrations to a shadow database one by one, proving that each one's rollback restores
     * exactly the schema before it and that it applies again afterwards.
     */
    public RollbackCheckResult rollbackCheck(RollbackCheckRequest request) {
        requireMigrations(request.migrations(), request.migrationsDisplay());
        MigrationSource source = MigrationSources.forLocation(request.migrations(), request.migrationsDisplay(),
                request.migrationSettings(), request.requireRollbacks());
        source.steps(); // a misnamed or duplicate migration fails before a server starts
        Set<String> applied = new HashSet<>(request.appliedVersions());
        String scope = null;
        if (request.target() != null) {
            // Only what the target has not applied yet is checked; the rest is applied unchecked first.
            StatusResult status = status(new StatusRequest(source, request.target(), request.historySchema(), true));
            status.status().entries().stream()
                    .filter(e -> e.state() != MigrationState.PENDING && e.state() != MigrationState.OUT_OF_ORDER)
                    .forEach(e -> applied.add(e.version()));
            scope = "checking only the migrations not yet applied to " + request.target().displayUrl() + " ("
                    + applied.size() + " applied there)";
        }
        RollbackChecker checker = new RollbackChecker(new RollbackCheckOptions(request.last(),
                applied, source.rollbacksRequired()), progress);
        try (ShadowDatabase shadow = ShadowFactory.open(request.shadow())) {
            // each up and each rollback in a session of its own, as a deploy and a rollback run
            return new RollbackCheckResult("shadow database (PostgreSQL " + shadow.majorVersion() + ")",
                    checker.check(source, shadow::connect), scope, RollbackCheckResult.unread(source.problems()));
        }
    }

    /**
     * Applies the pending migrations to the target under an advisory lock, one transaction each, after
     * checking the history (edited, missing, failed or out-of-order migrations stop it before anything runs).
     */
    public MigrateResult migrate(MigrateRequest request) {
        try (Connection target = Connections.open(request.target(), request.progress())) {
            List<String> before = List.of();
            if (request.snapshot() != null && !request.options().dryRun()) {
                before = BeforeChange.write(target, request.target(), request.snapshot(), "migrate",
                        newestApplied(target, request.options().historySchema()));
                before.stream().filter(line -> !line.contains("no backup")).forEach(request.progress());
            }
            MigrateResult result = request.source().isChangelog()
                    ? LiquibaseRuns.migrate((LiquibaseChangelog) request.source(), target, request.options().dryRun(), request.options().target())
                    : new Migrator(request.progress()).migrate(target, request.source(), request.options());
            return before.isEmpty() ? result : result.withNotesFirst(before.stream()
                    .filter(line -> line.contains("no backup")).toList());
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION,
                    "lost the connection to " + request.target().displayUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adopts a database that already holds the schema: records the migrations up to {@code version} as
     * applied without running them.
     */
    public dev.schemaverify.migrate.Baseline.Result baseline(HistoryRequest request, String version) {
        try (Connection target = Connections.open(request.target(), request.progress())) {
            return dev.schemaverify.migrate.Baseline.baseline(target, request.source(), version,
                    request.historySchema(), request.lockWait(), request.progress());
        } catch (SQLException e) {
            throw lost(request.target(), e);
        }
    }

    /** Accepts reviewed edits (new checksums) and removes failed rows, each with an audit note. */
    public dev.schemaverify.migrate.HistoryRepair.Result repair(HistoryRequest request) {
        try (Connection target = Connections.open(request.target(), request.progress())) {
            return dev.schemaverify.migrate.HistoryRepair.repair(target, request.source(), request.historySchema(),
                    request.lockWait(), request.progress());
        } catch (SQLException e) {
            throw lost(request.target(), e);
        }
    }

    /**
     * Imports a Flyway {@code flyway_schema_history} ({@code flywayTable}, or the one found) so the database
     * continues with schema-verify without re-running anything.
     */
    public dev.schemaverify.migrate.FlywayHistoryImport.Result importFlyway(HistoryRequest request, String flywayTable) {
        try (Connection target = Connections.open(request.target(), request.progress())) {
            return dev.schemaverify.migrate.FlywayHistoryImport.importHistory(target, request.source(), flywayTable,
                    request.historySchema(), request.lockWait(), request.progress());
        } catch (SQLException e) {
            throw lost(request.target(), e);
        }
    }

    /**
     * Rolls the target back to an earlier version, newest first, after refusing on missing or edited
     * downs and on drift; a changelog rolls back through Liquibase.
     */
    public RollbackResult rollback(RollbackRequest request) {
        return new Rollbacks(request).run();
    }

    private static String newestApplied(Connection target, String historySchema) {
        String newest = null;
        for (dev.schemaverify.migrate.HistoryRow row : new MigrationHistory(historySchema).read(target)) {
            if (row.audit() || row.repeatable() || !row.success()) {
                continue;
            }
            Integer compared = newest == null ? Integer.valueOf(1) : compareVersions(row.version(), newest);
            if (compared != null && compared > 0) {
                newest = row.version();
            }
        }
        return newest;
    }

    private static Integer compareVersions(String a, String b) {
        dev.schemaverify.migrate.MigrationVersion left = dev.schemaverify.migrate.MigrationVersion.tryParse(a);
        dev.schemaverify.migrate.MigrationVersion right = dev.schemaverify.migrate.MigrationVersion.tryParse(b);
        return left == null || right == null ? null : left.compareTo(right);
    }

    private static SchemaVerifyException lost(DatabaseTarget target, SQLException e) {
        return new SchemaVerifyException(ErrorCode.CONNECTION, "lost the connection to " + target.displayUrl() + ": "
                + e.getMessage(), e);
    }

    /**
     * Each migration's state against the target's history, read in a read-only session, and the hygiene
     * problems: the history's, and pending migrations without rollback when rollbacks are required. Without
     * a target, the files alone are checked (names, duplicate versions, gaps, missing or orphan rollbacks).
     */
    public StatusResult status(StatusRequest request) {
        if (request.target() == null) {
            MigrationSource source = request.source();
            List<String> migrations;
            try {
                migrations = source.steps().stream().map(MigrationStep::location).toList();
            } catch (SchemaVerifyException e) {
                // Files that have no order (two claim one version) are reported as problems, not as checked.
                migrations = List.of();
            }
            return new StatusResult(source.describe(), null, new MigrationStatus(List.of(), source.problems()),
                    source.problems(), migrations);
        }
        try (Connection target = Connections.open(request.target())) {
            return statusOn(target, request);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION,
                    "lost the connection to " + request.target().displayUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies the migrations to a shadow database statement by statement, observing what each one locks,
     * rewrites, scans, builds and drops there, then checks the migrated catalog and the files' text. With a
     * {@linkplain LintRequest#target() target} (pre-deploy), only the migrations it has not applied are
     * observed, each hazard names the table's size there, and the catalog rules read its catalog; nothing is
     * written to it.
     */
    public LintResult lint(LintRequest request) {
        return Lints.run(this, request);
    }

    /**
     * The status read on an open connection to the request's target, in a read-only transaction that is
     * rolled back; the connection is left in autocommit mode, writable, as most callers hand it over.
     */
    StatusResult statusOn(Connection target, StatusRequest request) throws SQLException {
        // A read-only transaction that is rolled back: status can change nothing, even by mistake.
        target.setAutoCommit(false);
        target.setReadOnly(true);
        MigrationStatus status = request.source().isChangelog()
                ? LiquibaseRuns.status((LiquibaseChangelog) request.source(), target)
                : MigrationStatus.of(request.source(), new MigrationHistory(request.historySchema()).read(target),
                        request.outOfOrderAllowed());
        target.rollback();
        target.setReadOnly(false);
        target.setAutoCommit(true);
        boolean changelog = request.source().isChangelog();
        List<MigrationProblem> problems = new ArrayList<>(status.problems().stream()
                // A folder's applied migrations stay as they are: rollbacks are asked of pending ones only.
                .filter(p -> changelog || !request.requireRollbacks() || !p.code().equals("missing-rollback"))
                .toList());
        if (request.requireRollbacks() && !changelog && request.source().rollbacksRequired()) {
            // Rollbacks are required of new migrations: those the database has not applied yet.
            status.in(MigrationState.PENDING).stream()
                    .filter(entry -> entry.step() != null && !entry.repeatable()
                            && entry.step().rollbackLocation() == null)
                    .map(entry -> new MigrationProblem("missing-rollback", Severity.ERROR, entry.location(),
                            "pending migration " + entry.version() + " has no rollback; add one, or set"
                                    + " -Dschema-verify.requireRollbacks=false"))
                    .forEach(problems::add);
            problems.sort(null);
        }
        return new StatusResult(request.source().describe(), request.target().displayUrl(), status, problems);
    }

    /**
     * Whether the target is ready for a deploy of the migrations: connectivity and latency, server version,
     * the login's privileges, the migrations' status, the extensions and locks the pending ones need, and
     * drift from the contract. Reads only, with lock and statement timeouts; never changes the target.
     */
    public PreflightResult preflight(PreflightRequest request) {
        return new Preflight(this, request).run();
    }

    /**
     * Compares two schemas and plans the SQL that turns the actual one into the expected one, and back.
     * Changes no database.
     */
    public ReconcileResult reconcile(ReconcileRequest request) {
        return new Reconciliation(request).run();
    }

    /**
     * The contract as PostgreSQL deparses it in {@code context}, each expression that still differs from the
     * actual one only in spelling (the parser does not reproduce its own deparse) spelled as the actual one.
     */
    /**
     * The contract as PostgreSQL deparses it in {@code context}, compared as {@code options} say; what it already
     * spells as {@code actual} prints it is left as it is (no temporary object needed to compare it).
     */
    private Snapshot normalize(Connection context, Snapshot contract, Snapshot actual, DiffOptions options) {
        return SameParse.align(context, new ContractNormalizer(progress).normalize(context, contract,
                SchemaDiff.unchanged(contract, actual, options)), actual);
    }

    private static VerifyResult result(Contract contract, String actualSource, Snapshot expected, Snapshot actual,
            DiffOptions options, List<String> named, List<String> notes) {
        contract.requireSomethingToCheck(options.strict(), "verify");
        List<Finding> findings = SchemaDiff.diff(SchemaScope.extensionsWithin(expected, named),
                SchemaScope.extensionsWithin(actual, named), options);
        List<String> checked = expected.objects().stream().map(o -> o.kind() + " " + o.path()).sorted().toList();
        return new VerifyResult(contract.file(), actualSource, findings, Unannotated.notVerified(actual, contract.expected(), options),
                options.strict(),
                VerifyResult.count(expected), notes, checked, contract.severities());
    }

    private static String describe(ShadowDatabase shadow, int applied) {
        return "shadow database (PostgreSQL " + shadow.majorVersion() + ", " + applied
                + (applied == 1 ? " migration)" : " migrations)");
    }

    private static int migrate(Path folder, String display, MigrationSettings settings, Connection connection) {
        if (!hasMigrations(folder)) {
            return 0;
        }
        return StepTransactions.applyAll(connection, MigrationSources.forLocation(folder, display, settings, false));
    }

    /** A SQL folder or a Liquibase changelog file. */
    private static boolean hasMigrations(Path folder) {
        return folder != null && Files.exists(folder);
    }

    private static void requireMigrations(Path folder, String display) {
        if (!hasMigrations(folder)) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the migrations folder " + display
                    + " does not exist: with no target database, the schema is built from the migrations."
                    + " Point the migrations setting at your SQL folder, or set a url to check a live database.");
        }
    }
}
