package dev.schemaverify.api;

import dev.schemaverify.access.AccessRun;
import dev.schemaverify.access.AccessTestReader;
import dev.schemaverify.access.AccessTestRunner;
import dev.schemaverify.access.AccessTests;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.ShadowDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs access tests where the request says: on a shadow database after the migrations, or read-only on
 * a live target, which needs the user's explicit {@code live} consent. The file is read first, so a
 * malformed file fails before any database is started.
 */
final class AccessTesting {
    private AccessTesting() {
    }

    static AccessTestResult run(AccessTestRequest request) {
        AccessTests tests = new AccessTestReader().read(request.file(), request.fileDisplay());
        if (request.target() != null) {
            if (!request.live()) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "access tests run against the live database "
                        + request.target().displayUrl() + " only with -Dschema-verify.accessTests.live=true (then only"
                        + " select checks and assertions, read-only and rolled back); without url they run on a shadow"
                        + " database built from the migrations");
            }
            AccessTestRunner.refuseWrites(tests);
            AccessTestRunner runner = new AccessTestRunner(new AccessTestRunner.Options(true,
                    request.statementTimeoutSeconds()));
            try (Connection connection = Connections.open(request.target())) {
                return result(request, "database " + request.target().displayUrl(), tests, runner.run(tests, connection));
            } catch (SQLException e) {
                throw new SchemaVerifyException(ErrorCode.CONNECTION, "lost the connection to "
                        + request.target().displayUrl() + ": " + e.getMessage(), e);
            }
        }
        if (request.migrations() == null || !Files.exists(request.migrations())) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the migrations folder " + request.migrationsDisplay()
                    + " does not exist: access tests run on a shadow database built from the migrations; point the"
                    + " migrations setting at your SQL folder");
        }
        AccessTestRunner runner = new AccessTestRunner(new AccessTestRunner.Options(false,
                request.statementTimeoutSeconds()));
        try (ShadowDatabase shadow = ShadowFactory.open(request.shadow()); Connection connection = shadow.connect()) {
            int applied = StepTransactions.applyAll(connection, MigrationSources.forLocation(request.migrations(),
                    request.migrationsDisplay(), request.migrationSettings(), false));
            String database = "shadow database (PostgreSQL " + shadow.majorVersion() + ", " + applied
                    + (applied == 1 ? " migration)" : " migrations)");
            return result(request, database, tests, runner.run(tests, connection));
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
        }
    }

    private static AccessTestResult result(AccessTestRequest request, String database, AccessTests tests, AccessRun run) {
        return new AccessTestResult(request.fileDisplay(), database, run.checked(), run.diagnostics(), run.notRun(),
                run.lines(), run.matrix(), run.matrixPin(), tests.matrix() != null && tests.matrix().isPinned());
    }
}
