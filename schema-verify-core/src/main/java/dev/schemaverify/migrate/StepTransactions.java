package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs one direction of a {@link MigrationStep} the way it must run: in its own transaction, committed
 * on success and rolled back on failure, or with autocommit on when the step is not
 * {@link MigrationStep#transactional() transactional}. The connection's autocommit mode is restored.
 */
public final class StepTransactions {
    private StepTransactions() {
    }

    /** Applies the step's forward change. */
    public static void apply(Connection connection, MigrationStep step) {
        run(connection, step, true);
    }

    /**
     * Applies every step of {@code source} in order, each in its own transaction, but those whose
     * {@link MigrationStep#skipReason preconditions} say they would not run; returns how many were applied.
     */
    public static int applyAll(Connection connection, MigrationSource source) {
        int applied = 0;
        for (MigrationStep step : source.steps()) {
            if (step.skipReason(connection) == null) {
                apply(connection, step);
                applied++;
            }
        }
        return applied;
    }

    /** Applies the step's forward change, telling {@code observer} about each statement. */
    public static void apply(Connection connection, MigrationStep step, StatementObserver observer) {
        run(connection, step, true, observer);
    }

    /** Runs the step's rollback. */
    public static void rollback(Connection connection, MigrationStep step) {
        run(connection, step, false);
    }

    private static void run(Connection connection, MigrationStep step, boolean forward) {
        run(connection, step, forward, StatementObserver.NONE);
    }

    private static void run(Connection connection, MigrationStep step, boolean forward, StatementObserver observer) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(!step.transactional());
                try {
                    if (forward) {
                        step.apply(connection, observer);
                    } else {
                        step.rollback(connection);
                    }
                    if (step.transactional()) {
                        connection.commit();
                    }
                } catch (RuntimeException e) {
                    if (step.transactional()) {
                        rollbackQuietly(connection, e);
                    }
                    throw e;
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "lost the connection while "
                    + (forward ? "applying " + step.location() : "rolling back " + step.rollbackLocation())
                    + ": " + e.getMessage(), e);
        }
    }

    /** Rolls back after {@code failure}; a failing rollback is attached to it rather than hiding it. */
    static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
