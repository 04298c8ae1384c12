package dev.schemaverify.api;

import dev.schemaverify.contract.Contract;
import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.inspect.ContractNormalizer;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.inspect.SameParse;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.model.Background;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.reconcile.ReconcileOptions;
import dev.schemaverify.reconcile.ReconcilePlan;
import dev.schemaverify.reconcile.Reconciler;
import dev.schemaverify.shadow.ShadowDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads both sides of a reconciliation and plans both scripts. Databases are only read; the
 * migrations run in a shadow database that is dropped afterwards.
 */
final class Reconciliation {
    private final ReconcileRequest request;
    // added to from the thread that reads the expected side too
    private final List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
    private final List<ShadowDatabase> shadows = Collections.synchronizedList(new ArrayList<>());

    Reconciliation(ReconcileRequest request) {
        this.request = request;
    }

    ReconcileResult run() {
        if (request.actual() instanceof SchemaSource.ContractFile) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "a contract can only be the expected side of a"
                    + " diff: the actual side is a database (url) or the migrations");
        }
        if (request.actual() instanceof SchemaSource.Migrations && request.expected() instanceof SchemaSource.Migrations) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "both sides of the diff are the migrations;"
                    + " compare them with a contract or a database");
        }
        try {
            Contract contract = request.expected() instanceof SchemaSource.ContractFile file
                    ? new ContractReader().read(file.file(), file.display()) : null;
            List<String> schemas = !request.schemas().isEmpty() ? request.schemas()
                    : contract != null ? contract.schemas() : List.of();
            InspectOptions scope = new InspectOptions(schemas, List.of()).withoutBookkeeping();

            // A database or the migrations on the expected side are read on a thread of their own while the
            // actual database is: two servers' round trips, or a shadow's start and the migrations, overlap.
            Background<Snapshot> expectedBeside = contract != null ? null : Background.start(
                    "schema-verify expected side", () -> new Inspector(scope).inspect(open(request.expected())));
            Connection actualConnection;
            Snapshot actual;
            try {
                actualConnection = open(request.actual());
                actual = SchemaScope.extensionsWithin(new Inspector(scope).inspect(actualConnection),
                        request.schemas());
            } catch (RuntimeException | Error failure) {
                // the actual side's failure comes first, the other's rides along; its resources close below
                if (expectedBeside != null) {
                    Throwable other = expectedBeside.failure();
                    if (other != null) {
                        failure.addSuppressed(other);
                    }
                }
                throw failure;
            }
            Snapshot expected = SameParse.align(actualConnection, SchemaScope.extensionsWithin(contract != null
                    ? new ContractNormalizer().normalize(actualConnection, contract.expected())
                    : expectedBeside.join(), request.schemas()), actual);

            // decided here only: as for verify, strict comes from the request or from the contract itself
            boolean dropUnexpected = contract == null || request.options().dropUnexpected() || contract.strict();
            ReconcileOptions options = new ReconcileOptions(request.options().allowDestructive(), dropUnexpected,
                    request.options().concurrentIndexes(),
                    request.options().owners() || contract != null && contract.compareOwners(),
                    request.options().comments() || contract != null && contract.compareComments());
            ReconcilePlan forward = Reconciler.plan(actual, expected, options);
            return new ReconcileResult(request.expected().describe(), request.actual().describe(), forward.findings(),
                    forward,
                    // back from what the database will look like after reconcile.sql, to what it is now
                    // (the overlay differs from the database only by what reconcile.sql does, so everything
                    // in it the database lacks was created by reconcile.sql and is dropped again)
                    Reconciler.plan(contract == null ? expected : Overlay.apply(actual, expected, options.dropUnexpected()),
                            actual, new ReconcileOptions(options.allowDestructive(), true, options.concurrentIndexes(),
                                    options.owners(), options.comments())),
                    notVerified(actual, expected, contract, options));
        } finally {
            closeAll();
        }
    }

    /** What either database has that the model does not cover: neither compared nor reconciled. */
    private static List<NotVerified> notVerified(Snapshot actual, Snapshot expected, Contract contract,
            ReconcileOptions options) {
        DiffOptions compared = new DiffOptions(options.dropUnexpected(), options.owners(), options.comments());
        java.util.TreeSet<NotVerified> all = new java.util.TreeSet<>(Unannotated.notVerified(actual,
                contract == null ? null : contract.expected(), compared));
        all.addAll(contract == null ? Unannotated.notVerified(expected, compared) : expected.notVerified());
        return List.copyOf(all);
    }

    /** A read-only view of a database, or a shadow database with the migrations applied. */
    private Connection open(SchemaSource source) {
        if (source instanceof SchemaSource.Database database) {
            Connection connection = Connections.open(database.target());
            connections.add(connection);
            return connection;
        }
        if (source instanceof SchemaSource.Migrations migrations) {
            ShadowDatabase shadow = ShadowFactory.open(request.shadow());
            shadows.add(shadow);
            Connection connection = shadow.connect();
            connections.add(connection);
            StepTransactions.applyAll(connection, MigrationSources.forLocation(migrations.location(), migrations.display(),
                    migrations.settings(), false));
            return connection;
        }
        throw new IllegalArgumentException("not a database source: " + source.describe());
    }

    private void closeAll() {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                // only ever read from (or a shadow about to be dropped): nothing is lost
            }
        }
        shadows.forEach(ShadowDatabase::close);
    }
}
