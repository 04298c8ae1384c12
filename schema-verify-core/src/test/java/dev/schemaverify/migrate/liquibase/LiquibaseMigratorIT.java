package dev.schemaverify.migrate.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquibaseMigratorIT {
    private static final String YAML = "src/test/resources/liquibase/yaml/db.changelog-master.yaml";

    @TempDir
    Path dir;

    private static LiquibaseMigrator yamlMigrator() {
        return new LiquibaseMigrator(new LiquibaseChangelog(Path.of(YAML), YAML));
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static List<String> versions(List<LiquibaseMigrator.Changeset> changesets) {
        return changesets.stream().map(LiquibaseMigrator.Changeset::version).toList();
    }

    private static List<String> relations(Connection connection) throws SQLException {
        return strings(connection, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' ORDER BY 1");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void updateAppliesEverythingOnceThroughLiquibaseHistory() throws Exception {
        LiquibaseMigrator migrator = yamlMigrator();
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lbm_update"))) {
            List<LiquibaseMigrator.Changeset> applied = migrator.update(connection, null);
            assertEquals(List.of("1::alice", "2::alice", "3::bob", "4::bob", "5::carol"), versions(applied));
            assertEquals(YAML + "::1::alice (create users)", applied.get(0).toString());
            assertEquals("src/test/resources/liquibase/yaml/changes/005-orders.yaml::5::carol", applied.get(4).location());

            assertEquals(List.of("1 alice liquibase/yaml/db.changelog-master.yaml",
                    "2 alice liquibase/yaml/db.changelog-master.yaml",
                    "3 bob liquibase/yaml/db.changelog-master.yaml",
                    "4 bob liquibase/yaml/db.changelog-master.yaml",
                    "5 carol liquibase/yaml/changes/005-orders.yaml"),
                    strings(connection, "SELECT id || ' ' || author || ' ' || filename FROM databasechangelog ORDER BY orderexecuted"));
            assertEquals(List.of("f"), strings(connection, "SELECT locked FROM databasechangeloglock"));
            assertEquals(List.of("orders", "recent_users", "users"), strings(connection,
                    "SELECT relname FROM pg_class WHERE relname IN ('users', 'orders', 'recent_users') ORDER BY 1"));
            assertFalse(connection.isClosed());
            assertTrue(connection.getAutoCommit(), "auto-commit restored");

            assertEquals(List.of(), migrator.update(connection, null), "a second update applies nothing");
            assertEquals(List.of("5"), strings(connection, "SELECT count(*) FROM databasechangelog"));
            assertTrue(migrator.status(connection).upToDate());
        }
    }

    @Test
    void updateStopsAtTheTargetChangeset() throws Exception {
        LiquibaseMigrator migrator = yamlMigrator();
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lbm_target"))) {
            assertEquals(List.of("1::alice", "2::alice", "3::bob"), versions(migrator.update(connection, "3::bob")));
            assertEquals(List.of("4::bob", "5::carol"), versions(migrator.status(connection).pending()));
            assertEquals(List.of(), migrator.update(connection, "2::alice"), "already applied");

            SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrator.update(connection, "9::zed"));
            assertEquals(ErrorCode.CONFIGURATION, e.code());
            assertEquals("target 9::zed is not a changeset of " + YAML + "; name the target as id::author, e.g. 1::alice",
                    e.getMessage());

            assertEquals(List.of("4::bob", "5::carol"), versions(migrator.update(connection, "5::carol")));
            assertTrue(migrator.status(connection).upToDate());
        }
    }

    @Test
    void dryRunAndStatusChangeNothing() throws Exception {
        LiquibaseMigrator migrator = yamlMigrator();
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lbm_dry"))) {
            LiquibaseMigrator.Status status = migrator.status(connection);
            assertEquals(List.of("1::alice", "2::alice", "3::bob", "4::bob", "5::carol"), versions(status.pending()));
            assertEquals(List.of(), status.edited());
            assertEquals(List.of(), status.missing());

            StringWriter sql = new StringWriter();
            assertEquals(5, migrator.updateSql(connection, null, sql).size());
            assertTrue(sql.toString().contains("CREATE TABLE public.users"), sql.toString());
            assertTrue(sql.toString().contains("INSERT INTO public.databasechangelog"), sql.toString());
            assertEquals(List.of(), relations(connection), "no tables at all");

            StringWriter upTo2 = new StringWriter();
            assertEquals(List.of("1::alice", "2::alice"), versions(migrator.updateSql(connection, "2::alice", upTo2)));
            assertFalse(upTo2.toString().contains("users_created_at_idx"), upTo2.toString());
            assertEquals(List.of(), relations(connection));
        }
    }

    @Test
    void dryRunAfterAnUpdateShowsOnlyWhatIsPending() throws Exception {
        LiquibaseMigrator migrator = yamlMigrator();
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lbm_dry2"))) {
            migrator.update(connection, "4::bob");
            StringWriter sql = new StringWriter();
            assertEquals(List.of("5::carol"), versions(migrator.updateSql(connection, null, sql)));
            assertTrue(sql.toString().contains("CREATE TABLE public.orders"), sql.toString());
            assertFalse(sql.toString().contains("CREATE TABLE public.users"), sql.toString());
            assertEquals(List.of("4"), strings(connection, "SELECT count(*) FROM databasechangelog"));
            assertEquals(List.of(), strings(connection, "SELECT to_regclass('orders')::text WHERE to_regclass('orders') IS NOT NULL"));
        }
    }

    @Test
    void statusReportsEditedAndMissingChangesetsAndUpdateRefusesEdits() throws Exception {
        Path master = write("db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: alice
                      changes:
                        - createTable:
                            tableName: a
                            columns:
                              - column: {name: id, type: int}
                  - changeSet:
                      id: 2
                      author: alice
                      comment: table b
                      changes:
                        - createTable:
                            tableName: b
                            columns:
                              - column: {name: id, type: int}
                """);
        LiquibaseMigrator before = new LiquibaseMigrator(new LiquibaseChangelog(master, "db/changelog/db.changelog-master.yaml"));
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lbm_status"))) {
            assertEquals(2, before.update(connection, null).size());

            Files.writeString(master, """
                    databaseChangeLog:
                      - changeSet:
                          id: 1
                          author: alice
                          changes:
                            - createTable:
                                tableName: a
                                columns:
                                  - column: {name: id, type: bigint}
                      - changeSet:
                          id: 3
                          author: bob
                          changes:
                            - createTable:
                                tableName: c
                                columns:
                                  - column: {name: id, type: int}
                    """);
            LiquibaseMigrator after = new LiquibaseMigrator(new LiquibaseChangelog(master, "db/changelog/db.changelog-master.yaml"));
            LiquibaseMigrator.Status status = after.status(connection);
            assertEquals(List.of("db/changelog/db.changelog-master.yaml::3::bob (3)"), strings(status.pending()));
            assertEquals(List.of("db/changelog/db.changelog-master.yaml::1::alice (1)"), strings(status.edited()));
            assertEquals(List.of("db/changelog/db.changelog-master.yaml::2::alice (table b)"), strings(status.missing()));

            SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> after.update(connection, null));
            assertEquals(ErrorCode.CONFIGURATION, e.code());
            assertTrue(e.getMessage().matches("db/changelog/db\\.changelog-master\\.yaml::1::alice: changeset was edited after"
                    + " it was applied \\(checksum was 9:[0-9a-f]{32}, is now 9:[0-9a-f]{32}\\);"
                    + " undo the edit and make the change in a new changeset"), e.getMessage());
            assertEquals(List.of(), strings(connection, "SELECT 'c' WHERE to_regclass('c') IS NOT NULL"));
        }
    }

    @Test
    void failedChangesetNamesItsFileAndPostgresMessageAndKeepsEarlierOnes() throws Exception {
        Path master = write("master.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: alice
                      changes:
                        - sql: {sql: "CREATE TABLE ok (id int)"}
                      rollback: DROP TABLE ok
                  - changeSet:
                      id: 2
                      author: alice
                      changes:
                        - sql: {sql: "CREATE TABLE bad (id no_such_type)"}
                      rollback: DROP TABLE bad
                """);
        LiquibaseMigrator migrator = new LiquibaseMigrator(new LiquibaseChangelog(master, "db/master.yaml"));
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lbm_fail"))) {
            SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrator.update(connection, null));
            assertEquals(ErrorCode.SQL, e.code());
            assertEquals("db/master.yaml::2::alice: type \"no_such_type\" does not exist", e.getMessage());
            assertEquals(List.of("1"), strings(connection, "SELECT id FROM databasechangelog"));
            assertEquals(List.of("f"), strings(connection, "SELECT locked FROM databasechangeloglock"), "lock released");
            assertTrue(connection.getAutoCommit());
        }
    }

    private static List<String> strings(List<?> values) {
        List<String> strings = new ArrayList<>();
        values.forEach(value -> strings.add(value.toString()));
        return strings;
    }
}
