package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrateResult;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code migrate} and {@code status} through the facade on a Liquibase changelog: Liquibase's history. */
class LiquibaseFacadeIT {
    private static final Path CHANGELOG = Path.of("src/test/resources/liquibase/yaml/db.changelog-master.yaml");

    private static MigrationSource source() {
        return MigrationSources.forLocation(CHANGELOG, "db/changelog/db.changelog-master.yaml");
    }

    private static List<String> states(StatusResult result) {
        return result.status().entries().stream().map(e -> e.version() + " " + e.state()).toList();
    }

    private static int tableCount(String url) throws Exception {
        try (Connection connection = TestDatabases.connect(url);
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void dryRunThenMigrateThenStatus() throws Exception {
        String url = TestDatabases.createDatabase("lbfacade");
        DatabaseTarget target = new DatabaseTarget(url, "postgres", null);
        SchemaVerifier verifier = new SchemaVerifier();
        int changesets = source().steps().size();

        List<String> pending = states(verifier.status(new StatusRequest(source(), target, null, false)));
        assertEquals(changesets, pending.size());
        assertTrue(pending.stream().allMatch(line -> line.endsWith(" PENDING")), pending.toString());

        MigrateResult dryRun = verifier.migrate(new MigrateRequest(source(), target,
                new MigrateOptions(null, true, null, false, false, false), null));
        assertEquals(changesets, dryRun.wouldApply().size());
        assertEquals(0, tableCount(url), "a dry run must not create Liquibase's tables or anything else");

        MigrateResult applied = verifier.migrate(new MigrateRequest(source(), target, null, null));
        assertEquals(changesets, applied.applied().size());
        assertEquals(0, applied.alreadyApplied());
        MigrateResult again = verifier.migrate(new MigrateRequest(source(), target, null, null));
        assertEquals(0, again.applied().size());
        assertEquals(changesets, again.alreadyApplied());

        MigrationStatus status = verifier.status(new StatusRequest(source(), target, null, false)).status();
        assertTrue(status.entries().stream().allMatch(e -> e.state().name().equals("APPLIED")),
                states(verifier.status(new StatusRequest(source(), target, null, false))).toString());
        assertEquals(List.of(), status.problems().stream().filter(p -> p.code().startsWith("edited")).toList());
    }

    @Test
    void rollbackThroughLiquibaseToAChangeset() throws Exception {
        String url = TestDatabases.createDatabase("lbrollback");
        DatabaseTarget target = new DatabaseTarget(url, "postgres", null);
        SchemaVerifier verifier = new SchemaVerifier();
        verifier.migrate(new MigrateRequest(source(), target, null, null));
        int changesets = source().steps().size();

        RollbackResult dryRun = verifier.rollback(new RollbackRequest(source(), target, "3::bob", null, true,
                QuickstartFacadeIT.temporaryDatabaseShadow(), List.of(), null, null, null));
        assertTrue(dryRun.lines().contains("    DROP VIEW recent_users;") || dryRun.lines().stream()
                .anyMatch(line -> line.contains("DROP VIEW recent_users")), dryRun.lines().toString());
        assertEquals(List.of(), dryRun.rolledBack());
        assertEquals(changesets, states(verifier.status(new StatusRequest(source(), target, null, false))).stream()
                .filter(line -> line.endsWith(" APPLIED")).count());

        RollbackResult result = verifier.rollback(new RollbackRequest(source(), target, "3::bob", null, false,
                QuickstartFacadeIT.temporaryDatabaseShadow(), List.of(), null, null, null));

        assertEquals(changesets - 3, result.rolledBack().size(), result.lines().toString());
        assertEquals("4::bob", result.rolledBack().get(result.rolledBack().size() - 1));
        List<String> states = states(verifier.status(new StatusRequest(source(), target, null, false)));
        assertEquals(List.of("1::alice APPLIED", "2::alice APPLIED", "3::bob APPLIED"), states.subList(0, 3));
        assertTrue(states.subList(3, states.size()).stream().allMatch(line -> line.endsWith(" PENDING")), states.toString());
        try (Connection connection = TestDatabases.connect(url); ResultSet rs = connection.createStatement()
                .executeQuery("SELECT to_regclass('recent_users') IS NULL")) {
            rs.next();
            assertTrue(rs.getBoolean(1), "the view's rollback ran");
        }
    }

    /** As for a SQL folder: a drifted target is refused before Liquibase touches it, and nothing changes. */
    @Test
    void rollbackRefusesADriftedTargetAndWritesTheSnapshotOtherwise(@org.junit.jupiter.api.io.TempDir java.nio.file.Path reports)
            throws Exception {
        String url = TestDatabases.createDatabase("lbrollbackdrift");
        DatabaseTarget target = new DatabaseTarget(url, "postgres", null);
        SchemaVerifier verifier = new SchemaVerifier();
        verifier.migrate(new MigrateRequest(source(), target, null, null));
        int changesets = source().steps().size();
        try (Connection connection = TestDatabases.connect(url)) {
            connection.createStatement().execute("CREATE TABLE hotfix (id int)");
        }

        dev.schemaverify.model.SchemaVerifyException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.schemaverify.model.SchemaVerifyException.class, () -> verifier.rollback(new RollbackRequest(source(),
                        target, "3::bob", null, false, QuickstartFacadeIT.temporaryDatabaseShadow(), List.of(), null,
                        null, null)));
        assertTrue(e.getMessage().contains("the database has drifted from the schema its history says it has"),
                e.getMessage());
        assertTrue(e.getMessage().contains("unexpected-table: table public.hotfix"), e.getMessage());
        assertEquals(changesets, states(verifier.status(new StatusRequest(source(), target, null, false))).stream()
                .filter(line -> line.endsWith(" APPLIED")).count(), "nothing was rolled back");

        try (Connection connection = TestDatabases.connect(url)) {
            connection.createStatement().execute("DROP TABLE hotfix");
        }
        RollbackResult result = verifier.rollback(new RollbackRequest(source(), target, "3::bob", null, false,
                QuickstartFacadeIT.temporaryDatabaseShadow(), List.of(), new SnapshotSettings(reports, false, null), null,
                null));
        assertEquals(changesets - 3, result.rolledBack().size(), result.lines().toString());
        assertTrue(result.lines().get(0).startsWith("the target matches the schema of its " + changesets
                + " applied migrations"), result.lines().toString());
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(reports)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("before-rollback-")),
                    "the schema before the rollback is kept");
        }
    }
}
