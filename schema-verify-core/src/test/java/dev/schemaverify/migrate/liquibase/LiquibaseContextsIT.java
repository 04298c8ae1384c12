package dev.schemaverify.migrate.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.rollback.RollbackCheckOptions;
import dev.schemaverify.rollback.RollbackChecker;
import dev.schemaverify.rollback.RollbackReport;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contexts and labels limit the changesets of every goal, and preconditions decide in the step-wise check. */
class LiquibaseContextsIT {
    private static final String CHANGELOG = """
            databaseChangeLog:
              - changeSet:
                  id: 1
                  author: team
                  changes:
                    - createTable:
                        tableName: accounts
                        columns:
                          - column: {name: id, type: int}
              - changeSet:
                  id: 2
                  author: team
                  context: test
                  changes:
                    - createTable:
                        tableName: test_fixture
                        columns:
                          - column: {name: id, type: int}
              - changeSet:
                  id: 3
                  author: team
                  labels: slow
                  preConditions:
                    - onFail: MARK_RAN
                    - tableExists:
                        tableName: legacy_accounts
                  changes:
                    - dropTable:
                        tableName: legacy_accounts
                  rollback:
                    - createTable:
                        tableName: legacy_accounts
                        columns:
                          - column: {name: id, type: int}
            """;

    @TempDir
    Path dir;

    private LiquibaseChangelog changelog() throws Exception {
        Path file = dir.resolve("db.changelog-master.yaml");
        Files.writeString(file, CHANGELOG);
        return new LiquibaseChangelog(file, "db/changelog/db.changelog-master.yaml");
    }

    private static List<String> versions(List<MigrationStep> steps) {
        return steps.stream().map(MigrationStep::version).toList();
    }

    @Test
    void contextsAndLabelsLeaveChangesetsOutAndSaySo() throws Exception {
        assertEquals(List.of("1::team", "2::team", "3::team"), versions(changelog().steps()));
        LiquibaseChangelog prod = changelog().filtered("prod", null);
        assertEquals(List.of("1::team", "3::team"), versions(prod.steps()));
        assertEquals(List.of("db/changelog/db.changelog-master.yaml: info [changeset-filtered] 1 changeset(s) left out"
                + " by contexts 'prod', as Liquibase would: 2::team"),
                prod.problems().stream().map(MigrationProblem::toString).toList());
        assertEquals(List.of("1::team"), versions(changelog().filtered("prod", "!slow").steps()));
        assertEquals(List.of("1::team", "2::team"), versions(changelog().filtered("test", "!slow").steps()));
    }

    @Test
    void migrateUnderContextProdNeverRunsTheTestChangeset() throws Exception {
        String url = TestDatabases.createDatabase("lb_contexts");
        try (Connection connection = TestDatabases.connect(url)) {
            new LiquibaseMigrator(changelog().filtered("prod", null)).update(connection, null);
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT to_regclass('test_fixture') IS NULL,"
                    + " to_regclass('accounts') IS NOT NULL, (SELECT string_agg(id, ',' ORDER BY orderexecuted)"
                    + " FROM databasechangelog)")) {
                rs.next();
                assertEquals(true, rs.getBoolean(1), "the context: test changeset did not reach the target");
                assertEquals(true, rs.getBoolean(2));
                assertEquals("1,3", rs.getString(3));
            }
        }
    }

    @Test
    void aChangesetWhosePreconditionFailsIsSkippedInTheRollbackCheckWithTheReason() throws Exception {
        String url = TestDatabases.createDatabase("lb_preconditions");
        RollbackReport report;
        try (Connection connection = TestDatabases.connect(url)) {
            report = new RollbackChecker(RollbackCheckOptions.all()).check(changelog().filtered("prod", null), connection);
        }
        assertEquals(List.of("1::team PASSED", "3::team SKIPPED"),
                report.migrations().stream().map(m -> m.version() + " " + m.outcome()).toList());
        String note = report.migrations().get(1).note();
        assertEquals(true, note.startsWith("precondition not met (onFail=MARK_RAN), so Liquibase would not run it"
                + " here: "), note);
    }
}
