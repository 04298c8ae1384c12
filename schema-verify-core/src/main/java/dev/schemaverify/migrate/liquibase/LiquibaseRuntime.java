package dev.schemaverify.migrate.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase the way a build tool should: inside a {@link Scope} with our resource accessor, its
 * console messages routed to its log instead of standard output, no usage analytics sent over the
 * network, and its log cut down to warnings ({@link WarningsLogService}) or nothing.
 */
final class LiquibaseRuntime {
    private LiquibaseRuntime() {
    }

    /**
     * Runs {@code body} in a quiet Liquibase scope. {@code silent} also drops Liquibase's warnings and
     * errors: for work whose every failure comes back as an exception we report (parsing logs each XML
     * error as SEVERE before throwing it).
     */
    static <T> T call(ResourceAccessor accessor, boolean silent, Callable<T> body) throws Exception {
        Map<String, Object> values = new HashMap<>();
        values.put(Scope.Attr.logService.name(), silent ? new NoOpLogService() : new WarningsLogService());
        values.put(Scope.Attr.resourceAccessor.name(), accessor);
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        values.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        return Scope.child(values, body::call);
    }

    /**
     * A Liquibase {@link Database} on the caller's connection. Liquibase switches auto-commit to its own
     * preference when it attaches; the caller's setting is put back, so the caller keeps owning the
     * transaction.
     */
    static Database database(Connection connection) throws SQLException, DatabaseException {
        boolean autoCommit = connection.getAutoCommit();
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        if (connection.getAutoCommit() != autoCommit) {
            connection.setAutoCommit(autoCommit);
        }
        return database;
    }
}
