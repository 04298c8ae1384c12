package dev.schemaverify.migrate.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.migrate.ChangelogFiles;
import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiquibaseChangelogIT {
    private static final Inspector INSPECTOR = new Inspector(InspectOptions.allSchemas());

    @TempDir
    Path dir;

    private static LiquibaseChangelog testChangelog(String kind, String extension) {
        String display = "src/test/resources/liquibase/" + kind + "/db.changelog-master." + extension;
        return new LiquibaseChangelog(Path.of(display), display);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<String> strings(List<?> values) {
        List<String> strings = new ArrayList<>();
        values.forEach(value -> strings.add(value.toString()));
        return strings;
    }

    private static List<String> findings(Snapshot expected, Snapshot actual) {
        List<String> messages = new ArrayList<>();
        for (Finding finding : SchemaDiff.diff(expected, actual, new DiffOptions(true))) {
            messages.add(finding.path() + ": " + finding.message());
        }
        return messages;
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT to_regclass('" + name + "')")) {
            rs.next();
            return rs.getString(1) != null;
        }
    }

    @Test
    void xmlChangesetsBecomeStepsInChangelogOrderWithIncludes() {
        LiquibaseChangelog changelog = testChangelog("xml", "xml");
        List<MigrationStep> steps = changelog.steps();

        String file = "src/test/resources/liquibase/xml/db.changelog-master.xml";
        String included = "src/test/resources/liquibase/xml/changes/005-orders.xml";
        assertEquals(List.of("1::alice", "2::alice", "3::bob", "4::bob", "5::carol"),
                steps.stream().map(MigrationStep::version).toList());
        assertEquals(List.of("create users", "2", "index on created_at", "recent users view", "5"),
                steps.stream().map(MigrationStep::description).toList());
        assertEquals(List.of(file + "::1::alice", file + "::2::alice", file + "::3::bob", file + "::4::bob",
                included + "::5::carol"), steps.stream().map(MigrationStep::location).toList());
        assertEquals(steps.stream().map(MigrationStep::location).toList(),
                steps.stream().map(MigrationStep::rollbackLocation).toList(), "all have a rollback");
        steps.forEach(step -> {
            assertTrue(step.checksum().matches("9:[0-9a-f]{32}"), step.checksum());
            assertTrue(step.transactional());
            assertFalse(step.repeatable());
        });
        assertEquals(List.of(), changelog.problems());
        assertEquals("Liquibase changelog " + file, changelog.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml:xml", "yaml:yaml", "sql:sql"})
    void everyStepAppliesAndRollsBackToTheEmptySchemaThenReapplies(String kindAndExtension) throws Exception {
        String[] parts = kindAndExtension.split(":");
        LiquibaseChangelog changelog = testChangelog(parts[0], parts[1]);
        List<MigrationStep> steps = changelog.steps();
        assertEquals(5, steps.size());
        assertEquals(List.of(), changelog.problems());

        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lb_" + parts[0]))) {
            Snapshot empty = INSPECTOR.inspect(connection);
            connection.setAutoCommit(false);
            for (MigrationStep step : steps) {
                step.apply(connection);
            }
            connection.commit();
            Snapshot applied = INSPECTOR.inspect(connection);
            assertTrue(tableExists(connection, "users") && tableExists(connection, "orders"));
            assertFalse(findings(empty, applied).isEmpty());

            for (int i = steps.size() - 1; i >= 0; i--) {
                steps.get(i).rollback(connection);
            }
            connection.commit();
            assertEquals(List.of(), findings(empty, INSPECTOR.inspect(connection)), "full rollback leaves nothing");

            for (MigrationStep step : steps) {
                step.apply(connection);
            }
            connection.commit();
            assertEquals(List.of(), findings(applied, INSPECTOR.inspect(connection)), "re-apply gives the same schema");
            assertFalse(tableExists(connection, "databasechangelog"), "step-wise runs write no Liquibase history");
            assertFalse(tableExists(connection, "databasechangeloglock"));
            assertFalse(connection.isClosed());
            assertFalse(connection.getAutoCommit(), "the caller's auto-commit setting is kept");
        }
    }

    @Test
    void stepsRunInTheCallersTransaction() throws Exception {
        LiquibaseChangelog changelog = testChangelog("yaml", "yaml");
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lb_tx"))) {
            connection.setAutoCommit(false);
            changelog.steps().get(0).apply(connection);
            assertTrue(tableExists(connection, "users"));
            connection.rollback();
            assertFalse(tableExists(connection, "users"), "Liquibase did not commit");
        }
    }

    @Test
    void missingRollbacksAndDuplicateChangesetsAreProblems() throws Exception {
        write("db/changelog/master.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: alice
                      changes:
                        - createTable:
                            tableName: t
                            columns:
                              - column: {name: id, type: int}
                  - changeSet:
                      id: 2
                      author: alice
                      changes:
                        - sql: {sql: "INSERT INTO t VALUES (1)"}
                  - changeSet:
                      id: 3
                      author: alice
                      runInTransaction: false
                      runOnChange: true
                      changes:
                        - sql: {sql: "INSERT INTO t VALUES (3)"}
                      rollback: empty
                  - include:
                      file: other.sql
                      relativeToChangelogFile: true
                """);
        write("db/changelog/other.sql", """
                --liquibase formatted sql
                --changeset alice:1
                CREATE TABLE u (id int);
                --rollback DROP TABLE u;
                --changeset bob:9
                CREATE TABLE v (id int);
                --changeset bob:9
                CREATE TABLE w (id int);
                --rollback DROP TABLE w;
                """);
        LiquibaseChangelog changelog = new LiquibaseChangelog(dir.resolve("db/changelog/master.yaml"),
                "db/changelog/master.yaml");

        assertEquals(List.of(
                "db/changelog/master.yaml::2::alice: error [missing-rollback] changeset has no rollback;"
                        + " Liquibase cannot undo sql by itself; add a rollback: entry (an empty one if nothing needs undoing)",
                "db/changelog/other.sql::1::alice: warning [duplicate-changeset] changeset 1::alice is also defined in"
                        + " db/changelog/master.yaml; Liquibase tells them apart by file, but reports cannot; give one of them a new id",
                "db/changelog/other.sql::9::bob: error [duplicate-changeset] changeset 9::bob is defined more than once in"
                        + " db/changelog/other.sql; Liquibase refuses to run the changelog; give one of them a new id",
                "db/changelog/other.sql::9::bob: error [missing-rollback] changeset has no rollback; Liquibase cannot undo sql"
                        + " by itself; add a --rollback line (an empty one if nothing needs undoing)"),
                strings(changelog.problems()));
        MigrationStep noRollback = changelog.steps().get(1);
        assertNull(noRollback.rollbackLocation());
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> noRollback.rollback(null));
        assertEquals("db/changelog/master.yaml::2::alice: changeset has no rollback and Liquibase cannot generate one;"
                + " add a rollback to the changeset", e.getMessage());
        MigrationStep third = changelog.steps().get(2);
        assertEquals("db/changelog/master.yaml::3::alice", third.rollbackLocation(), "an explicitly empty rollback counts");
        assertFalse(third.transactional());
        assertTrue(third.repeatable());
    }

    @Test
    void failingChangesetNamesFileIdAuthorAndPostgresMessage() throws Exception {
        write("master.xml", """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    <changeSet id="1" author="alice">
                        <addColumn tableName="no_such_table">
                            <column name="x" type="int"/>
                        </addColumn>
                    </changeSet>
                </databaseChangeLog>
                """);
        LiquibaseChangelog changelog = new LiquibaseChangelog(dir.resolve("master.xml"), "db/master.xml");
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lb_fail"))) {
            SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                    () -> changelog.steps().get(0).apply(connection));
            assertEquals(ErrorCode.SQL, e.code());
            assertEquals("db/master.xml::1::alice: relation \"public.no_such_table\" does not exist", e.getMessage());
        }
    }

    @Test
    void brokenYamlNamesTheFile() throws Exception {
        write("master.yaml", "databaseChangeLog:\n  - changeSet:\n      id: 1\n    author: [unclosed\n");
        LiquibaseChangelog changelog = new LiquibaseChangelog(dir.resolve("master.yaml"), "db/master.yaml");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, changelog::steps);
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("db/master.yaml:5:1: Liquibase cannot read the changelog: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence started at line 4, column 13)", e.getMessage());
    }

    @Test
    void brokenXmlNamesTheFileAndLine() throws Exception {
        write("master.xml", """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    <changeSet id="1" author="alice">
                        <createTable tableName="t">
                    </changeSet>
                </databaseChangeLog>
                """);
        LiquibaseChangelog changelog = new LiquibaseChangelog(dir.resolve("master.xml"), "db/master.xml");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, changelog::problems);
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("db/master.xml:7:7: Liquibase cannot read the changelog: The element type \"createTable\""
                + " must be terminated by the matching end-tag \"</createTable>\".", e.getMessage());
    }

    @Test
    void brokenIncludeNamesTheMissingFile() throws Exception {
        write("master.yaml", "databaseChangeLog:\n  - include:\n      file: nope.yaml\n      relativeToChangelogFile: true\n");
        LiquibaseChangelog changelog = new LiquibaseChangelog(dir.resolve("master.yaml"), "db/master.yaml");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, changelog::steps);
        assertEquals("db/master.yaml: Liquibase cannot read the changelog: included file db/nope.yaml does not exist",
                e.getMessage());
    }

    @Test
    void missingChangelogIsAConfigurationError() {
        LiquibaseChangelog changelog = new LiquibaseChangelog(dir.resolve("nope.xml"),
                "src/main/resources/db/changelog/nope.xml");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, changelog::steps);
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("Liquibase changelog src/main/resources/db/changelog/nope.xml does not exist;"
                + " create it or point the changelog setting at an existing file", e.getMessage());
    }

    @Test
    void recognisesChangelogs() throws Exception {
        assertTrue(ChangelogFiles.isChangelog(Path.of("src/test/resources/liquibase/xml/db.changelog-master.xml")));
        assertTrue(ChangelogFiles.isChangelog(Path.of("src/test/resources/liquibase/yaml/db.changelog-master.yaml")));
        assertTrue(ChangelogFiles.isChangelog(Path.of("src/test/resources/liquibase/sql/db.changelog-master.sql")));
        assertTrue(ChangelogFiles.isChangelog(write("a.json", "{\"databaseChangeLog\": []}")));
        assertTrue(ChangelogFiles.isChangelog(write("b.sql", "\n  -- liquibase formatted sql\n--changeset a:1\nSELECT 1;")));
        assertFalse(ChangelogFiles.isChangelog(write("V1__init.sql", "CREATE TABLE t (id int);")));
        assertFalse(ChangelogFiles.isChangelog(write("schema-verify.yaml", "tables:\n  - name: t\n")));
        assertFalse(ChangelogFiles.isChangelog(write("notes.txt", "databaseChangeLog")));
        assertFalse(ChangelogFiles.isChangelog(dir.resolve("missing.xml")));
        assertFalse(ChangelogFiles.isChangelog(dir));
    }
}
