package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.LintRequest;
import dev.schemaverify.api.LintResult;
import dev.schemaverify.api.MigrateRequest;
import dev.schemaverify.api.MigrationSettings;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.ShadowSettings;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint on Liquibase changelogs: each statement Liquibase generates for a changeset is observed on its own,
 * and its findings are reported at the line where the changeset starts in its file, in formatted SQL, YAML
 * and XML alike; with a target, only the changesets its {@code DATABASECHANGELOG} lacks are linted.
 */
class LiquibaseLintIT {
    @TempDir
    Path project;

    private static final String SQL = """
            --liquibase formatted sql

            --changeset alice:1
            CREATE TABLE orders (id int PRIMARY KEY, qty int NOT NULL);
            --rollback DROP TABLE orders;

            --changeset alice:2
            ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
            --rollback ALTER TABLE orders ALTER COLUMN qty TYPE int;
            """;

    private static final String YAML = """
            databaseChangeLog:
              - changeSet:
                  id: 1
                  author: alice
                  changes:
                    - createTable:
                        tableName: orders
                        columns:
                          - column: {name: id, type: int, constraints: {primaryKey: true}}
                          - column: {name: qty, type: int, constraints: {nullable: false}}
              - changeSet:
                  id: 2
                  author: alice
                  changes:
                    - modifyDataType: {tableName: orders, columnName: qty, newDataType: bigint}
            """;

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                <changeSet id="1" author="alice">
                    <createTable tableName="orders">
                        <column name="id" type="int"><constraints primaryKey="true"/></column>
                        <column name="qty" type="int"><constraints nullable="false"/></column>
                    </createTable>
                </changeSet>

                <changeSet id="2" author="alice">
                    <modifyDataType tableName="orders" columnName="qty" newDataType="bigint"/>
                </changeSet>
            </databaseChangeLog>
            """;

    private List<String> rewrites(String name, String text) throws IOException, SQLException {
        Path changelog = Files.writeString(project.resolve(name), text);
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lint_liquibase"))) {
            return new Linter(LintOptions.defaults()).lint(connection, MigrationSources.forLocation(changelog,
                    "db/" + name, MigrationSettings.defaults(), false), List.of()).diagnostics().stream()
                    .filter(d -> d.code().equals("table-rewrite")).map(Diagnostic::line).toList();
        }
    }

    @Test
    void formattedSqlFindingsAreAtTheChangesetHeader() throws IOException, SQLException {
        assertEquals(List.of("db/changelog.sql:7:1: error [table-rewrite] ALTER TABLE rewrites public.orders under an"
                + " ACCESS EXCLUSIVE lock"), rewrites("changelog.sql", SQL));
    }

    @Test
    void yamlFindingsAreAtTheChangeSetKey() throws IOException, SQLException {
        assertEquals(List.of("db/changelog.yaml:11:1: error [table-rewrite] ALTER TABLE rewrites public.orders under an"
                + " ACCESS EXCLUSIVE lock"), rewrites("changelog.yaml", YAML));
    }

    @Test
    void xmlFindingsAreAtTheChangeSetElement() throws IOException, SQLException {
        assertEquals(List.of("db/changelog.xml:13:1: error [table-rewrite] ALTER TABLE rewrites public.orders under an"
                + " ACCESS EXCLUSIVE lock"), rewrites("changelog.xml", XML));
    }

    @Test
    void anInlineIgnoreAboveAFormattedSqlChangesetExcusesIt() throws IOException {
        Path changelog = Files.writeString(project.resolve("changelog.sql"), SQL.replace("--changeset alice:2\n",
                "-- schema-verify:ignore table-rewrite orders is empty until launch\n--changeset alice:2\n"));
        ShadowSettings shadow = new ShadowSettings(17, null,
                new DatabaseTarget(TestDatabases.server().getJdbcUrl("postgres", "postgres"), "postgres", null));

        List<String> lines = new SchemaVerifier().lint(new LintRequest(changelog, "db/changelog.sql", shadow))
                .report(ReportPolicy.DEFAULT).diagnostics().stream().map(Diagnostic::line)
                .filter(line -> line.contains("table-rewrite")).toList();

        assertEquals(List.of("db/changelog.sql:8:1: info [ignored-finding] [table-rewrite] ALTER TABLE rewrites"
                + " public.orders under an ACCESS EXCLUSIVE lock; ignored inline: orders is empty until launch"), lines);
    }

    @Test
    void preDeployLintsOnlyTheChangesetsTheTargetLacks() throws IOException, SQLException {
        String first = SQL.substring(0, SQL.indexOf("--changeset alice:2"));
        Path changelog = Files.writeString(project.resolve("changelog.sql"), first);
        String url = TestDatabases.createDatabase("lint_liquibase_target");
        DatabaseTarget target = new DatabaseTarget(url, "postgres", null);
        new SchemaVerifier().migrate(new MigrateRequest(MigrationSources.forLocation(changelog, "db/changelog.sql"),
                target, null, null));
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO orders SELECT g, g FROM generate_series(1, 3000) g");
            statement.execute("VACUUM ANALYZE orders");
        }
        Files.writeString(changelog, SQL);
        ShadowSettings shadow = new ShadowSettings(17, null,
                new DatabaseTarget(TestDatabases.server().getJdbcUrl("postgres", "postgres"), "postgres", null));

        LintResult result = new SchemaVerifier().lint(new LintRequest(changelog, "db/changelog.sql", shadow)
                .withTarget(new LintRequest.Target(target, null)));

        assertEquals("1 pending migration linted; 1 applied", result.target().summary());
        assertEquals("DATABASECHANGELOG", result.target().history());
        List<String> rewrites = result.report(ReportPolicy.DEFAULT).diagnostics().stream()
                .filter(d -> d.code().equals("table-rewrite")).map(Diagnostic::line).toList();
        assertEquals(1, rewrites.size(), rewrites::toString);
        assertTrue(rewrites.get(0).matches("db/changelog\\.sql:7:1: error \\[table-rewrite\\] ALTER TABLE rewrites"
                + " public\\.orders \\(3\\.0 k rows, [0-9.]+ kB on the target\\) under an ACCESS EXCLUSIVE lock"),
                rewrites.get(0));
    }
}
