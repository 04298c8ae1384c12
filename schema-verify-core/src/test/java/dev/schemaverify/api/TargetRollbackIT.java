package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rollback} of a live target: downs newest first with their history rows, a dry run that prints
 * the SQL, the refusals (missing down, down edited since it was applied, drift), and the snapshot written
 * before. The drift check's shadow is a temporary database on the test server.
 */
class TargetRollbackIT {
    @TempDir
    Path folder;
    @TempDir
    Path reports;
    private DatabaseTarget target;
    private final SchemaVerifier verifier = new SchemaVerifier();

    @BeforeEach
    void migrated() throws Exception {
        write("001_members.up.sql", "CREATE TABLE members (id int PRIMARY KEY);\n");
        write("001_members.down.sql", "DROP TABLE members;\n");
        write("002_notes.up.sql", "CREATE TABLE notes (id int PRIMARY KEY, member_id int REFERENCES members);\n");
        write("002_notes.down.sql", "DROP TABLE notes;\n");
        write("003_note_body.up.sql", "ALTER TABLE notes ADD COLUMN body text;\nCREATE INDEX notes_body ON notes (body);\n");
        write("003_note_body.down.sql", "DROP INDEX notes_body;\nALTER TABLE notes DROP COLUMN body;\n");
        target = new DatabaseTarget(TestDatabases.createDatabase("rollback"), "postgres", null);
        verifier.migrate(new MigrateRequest(source(), target, MigrateOptions.defaults(), null));
    }

    private void write(String name, String sql) throws Exception {
        Files.writeString(folder.resolve(name), sql);
    }

    private MigrationSource source() {
        return MigrationSources.forFolder(folder, "db/migration");
    }

    private RollbackResult rollback(String to, boolean dryRun) {
        return verifier.rollback(new RollbackRequest(source(), target, to, null, dryRun,
                QuickstartFacadeIT.temporaryDatabaseShadow(), List.of(), new SnapshotSettings(reports, false, null),
                null, null));
    }

    private List<String> rows(String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestDatabases.connect(target.url()); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private List<String> tables() throws Exception {
        return rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    }

    @Test
    void dryRunPrintsTheDownsNewestFirstAndChangesNothing() throws Exception {
        RollbackResult result = rollback("1", true);

        assertEquals(List.of("the target matches the schema of its 3 applied migrations (strict comparison)",
                "would roll back 003 (db/migration/003_note_body.down.sql):",
                "    DROP INDEX notes_body;",
                "    ALTER TABLE notes DROP COLUMN body;",
                "would roll back 002 (db/migration/002_notes.down.sql):",
                "    DROP TABLE notes;",
                "dry run, nothing changed: 2 migrations would be rolled back to reach version 1"), result.lines());
        assertEquals(List.of("members", "notes", "schema_verify_history"), tables());
        try (var files = Files.list(reports)) {
            assertEquals(0, files.count(), "a dry run writes no snapshot");
        }
    }

    @Test
    void rollsBackNewestFirstWithHistoryThenMigrateReappliesThem() throws Exception {
        RollbackResult result = rollback("1", false);

        assertEquals(List.of("003", "002"), result.rolledBack());
        assertEquals("2 migrations rolled back; " + target.displayUrl() + " is at version 1",
                result.lines().get(result.lines().size() - 1));
        assertTrue(result.lines().contains("wrote the schema before rollback to " + reports.resolve(
                "before-rollback-003.yaml") + " (a contract: diff against it gives the way back)"), result.lines().toString());
        assertTrue(Files.readString(reports.resolve("before-rollback-003.yaml")).contains("notes_body"));
        assertEquals(List.of("members", "schema_verify_history"), tables());
        assertEquals(List.of("001 SQL", "003 ROLLBACK", "002 ROLLBACK"),
                rows("SELECT version || ' ' || type FROM schema_verify_history ORDER BY installed_rank"));
        assertEquals(List.of("001 APPLIED", "002 PENDING", "003 PENDING"), verifier.status(new StatusRequest(source(),
                target, null, false)).status().entries().stream().map(e -> e.version() + " " + e.state()).toList());

        assertEquals(2, verifier.migrate(new MigrateRequest(source(), target, MigrateOptions.defaults(), null))
                .applied().size());
        assertEquals(List.of("members", "notes", "schema_verify_history"), tables());
    }

    @Test
    void refusesBeforeTouchingAnythingWhenADownIsMissingOrEdited() throws Exception {
        Files.delete(folder.resolve("002_notes.down.sql"));
        write("003_note_body.down.sql", "ALTER TABLE notes DROP COLUMN body CASCADE;\n");

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> rollback("1", false));

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        List<String> lines = e.getMessage().lines().toList();
        assertEquals("nothing was rolled back in " + target.displayUrl() + ":", lines.get(0));
        assertTrue(lines.get(1).startsWith("  db/migration/003_note_body.down.sql: the rollback of 003 was edited since"
                + " the migration was applied (checksum "), lines.get(1));
        assertTrue(lines.get(1).endsWith("now); review the edit, accept it with repair, then roll back"), lines.get(1));
        assertEquals("  db/migration/002_notes.up.sql: migration 002 has no rollback, so the database cannot be taken"
                + " below it; write its down, or roll back only to 002", lines.get(2));
        assertEquals(3, lines.size(), e.getMessage());
        assertEquals(List.of("members", "notes", "schema_verify_history"), tables());
        assertEquals(List.of("001", "002", "003"), rows("SELECT version FROM schema_verify_history ORDER BY installed_rank"));
    }

    @Test
    void refusesWhenTheTargetDriftedFromItsHistory() throws Exception {
        try (Connection connection = TestDatabases.connect(target.url()); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE notes ADD COLUMN hotfix int");
        }

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> rollback("1", false));

        List<String> lines = e.getMessage().lines().toList();
        assertEquals("  the database has drifted from the schema its history says it has (the 3 applied migrations,"
                + " built on a shadow database); a rollback written for that schema could do anything here. Reconcile"
                + " it first (the diff goal, against the migrations):", lines.get(1));
        assertEquals("  unexpected-column: column public.notes.hotfix is not in the contract", lines.get(2));
        assertEquals(List.of("members", "notes", "schema_verify_history"), tables());
    }

    @Test
    void nothingAfterTheTargetVersionIsNothingToDo() {
        RollbackResult result = rollback("3", false);

        assertEquals(List.of("nothing to roll back: no migration after version 3 is applied",
                "0 migrations rolled back; " + target.displayUrl() + " is at version 3"), result.lines());
    }
}
