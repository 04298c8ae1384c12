package dev.schemaverify.migrate.liquibase;

import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.StatementObserver;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import liquibase.change.Change;
import liquibase.change.DbmsTargetedChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.database.PreparedStatementFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.PreconditionErrorException;
import liquibase.exception.PreconditionFailedException;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.sql.Sql;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.ExecutablePreparedStatement;
import liquibase.statement.SqlStatement;

/**
 * One Liquibase changeset run step by step: the SQL Liquibase generates for PostgreSQL, executed on the
 * caller's connection in the caller's transaction. Nothing is written to {@code DATABASECHANGELOG} and
 * nothing is committed or closed; that is what the rollback check needs in its shadow database.
 */
final class ChangesetStep implements MigrationStep {
    private final LiquibaseChangelog changelog;
    private final ChangeSet changeSet;
    private final String version;
    private final String description;
    private final String location;
    private final String rollbackLocation;
    private final String checksum;
    private final String file;
    private final int line;

    /**
     * @param file the changeset's file as messages name it
     * @param line where the changeset starts in it (0 when not found): what {@code lint} observes is reported there
     */
    ChangesetStep(LiquibaseChangelog changelog, ChangeSet changeSet, String version, String description,
            String location, String rollbackLocation, String checksum, String file, int line) {
        this.changelog = changelog;
        this.changeSet = changeSet;
        this.version = version;
        this.description = description;
        this.location = location;
        this.rollbackLocation = rollbackLocation;
        this.checksum = checksum;
        this.file = file;
        this.line = line;
    }

    ChangeSet changeSet() {
        return changeSet;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public String rollbackLocation() {
        return rollbackLocation;
    }

    @Override
    public String checksum() {
        return checksum;
    }

    @Override
    public boolean repeatable() {
        return changeSet.isRunOnChange() || changeSet.isAlwaysRun();
    }

    @Override
    public boolean transactional() {
        return changeSet.isRunInTransaction();
    }

    @Override
    public void apply(Connection connection) {
        run(connection, false, StatementObserver.NONE);
    }

    /**
     * Runs the changeset telling {@code observer} about each statement Liquibase generates, each at the line
     * where the changeset starts in its file ({@code lint} then reports a changeset's hazards at
     * {@code file:line}, with the statement's own words).
     */
    @Override
    public void apply(Connection connection, StatementObserver observer) {
        run(connection, false, observer);
    }

    @Override
    public void rollback(Connection connection) {
        if (rollbackLocation == null) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, location
                    + ": changeset has no rollback and Liquibase cannot generate one; add a rollback to the changeset");
        }
        run(connection, true, StatementObserver.NONE);
    }

    @Override
    public String toString() {
        return location;
    }

    @Override
    public String skipReason(Connection connection) {
        PreconditionContainer preconditions = changeSet.getPreconditions();
        if (preconditions == null || preconditions.getNestedPreconditions().isEmpty()) {
            return null;
        }
        try {
            return changelog.withLiquibase(() -> {
                Database database = LiquibaseRuntime.database(connection);
                try {
                    preconditions.check(database, changeSet.getChangeLog(), changeSet, null);
                    return null;
                } catch (PreconditionFailedException e) {
                    return skipOrHalt(preconditions.getOnFail().name(), "Fail", e.getMessage());
                } catch (PreconditionErrorException e) {
                    return skipOrHalt(preconditions.getOnError().name(), "Error", e.getMessage());
                }
            });
        } catch (SchemaVerifyException e) {
            throw e;
        } catch (Exception e) {
            throw new SchemaVerifyException(ErrorCode.SQL, location + ": its preconditions cannot be evaluated: "
                    + PostgresMessages.of(e), e);
        }
    }

    /** Liquibase's reaction to a failed precondition: skip (CONTINUE, MARK_RAN), run anyway (WARN), or stop (HALT). */
    private String skipOrHalt(String option, String kind, String message) {
        return switch (option) {
            case "CONTINUE", "MARK_RAN" -> "precondition not met (on" + kind + "=" + option + "), so Liquibase would"
                    + " not run it here: " + message;
            case "WARN" -> null;
            default -> throw new SchemaVerifyException(ErrorCode.SQL, location + ": precondition not met (on" + kind
                    + "=" + option + "): " + message);
        };
    }

    private void run(Connection connection, boolean rollback, StatementObserver observer) {
        try {
            changelog.withLiquibase(() -> {
                Database database = LiquibaseRuntime.database(connection);
                try (Statement jdbc = connection.createStatement()) {
                    jdbc.setEscapeProcessing(false);
                    for (SqlStatement statement : statements(database, rollback)) {
                        execute(statement, database, jdbc, rollback, observer);
                    }
                }
                return null;
            });
        } catch (SchemaVerifyException e) {
            throw e;
        } catch (Exception e) {
            throw new SchemaVerifyException(ErrorCode.SQL, location + ": " + PostgresMessages.of(e), e);
        }
    }

    /** As Liquibase's own {@code ChangeSet.rollback}: the explicit rollback, else each change's inverse in reverse order. */
    private List<SqlStatement> statements(Database database, boolean rollback) throws Exception {
        List<SqlStatement> statements = new ArrayList<>();
        if (!rollback) {
            for (Change change : changeSet.getChanges()) {
                if (appliesTo(change, database)) {
                    change.finishInitialization();
                    Collections.addAll(statements, change.generateStatements(database));
                }
            }
        } else if (changeSet.hasCustomRollbackChanges()) {
            for (Change change : changeSet.getRollback().getChanges()) {
                if (appliesTo(change, database)) {
                    change.finishInitialization();
                    Collections.addAll(statements, change.generateStatements(database));
                }
            }
        } else {
            List<Change> changes = new ArrayList<>(changeSet.getChanges());
            Collections.reverse(changes);
            for (Change change : changes) {
                if (appliesTo(change, database)) {
                    change.finishInitialization();
                    Collections.addAll(statements, change.generateRollbackStatements(database));
                }
            }
        }
        return statements;
    }

    private static boolean appliesTo(Change change, Database database) {
        return !(change instanceof DbmsTargetedChange targeted)
                || DatabaseList.definitionMatches(targeted.getDbms(), database, true);
    }

    private void execute(SqlStatement statement, Database database, Statement jdbc, boolean rollback,
            StatementObserver observer) throws Exception {
        Connection connection = jdbc.getConnection();
        if (statement instanceof ExecutablePreparedStatement prepared) {
            dev.schemaverify.migrate.SqlStatement at = new dev.schemaverify.migrate.SqlStatement("", line, 1);
            observer.before(connection, file, at);
            prepared.execute(new PreparedStatementFactory((JdbcConnection) database.getConnection()));
            observer.after(connection, file, at);
            return;
        }
        for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
            String text = sql.toSql();
            for (SqlVisitor visitor : changeSet.getSqlVisitors()) {
                if ((!rollback || visitor.isApplyToRollback())
                        && DatabaseList.definitionMatches(visitor.getApplicableDbms(), database, true)) {
                    text = visitor.modifySql(text, database);
                }
            }
            dev.schemaverify.migrate.SqlStatement at = new dev.schemaverify.migrate.SqlStatement(text, line, 1);
            observer.before(connection, file, at);
            jdbc.execute(text);
            observer.after(connection, file, at);
        }
    }
}
