package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.Baseline;
import dev.schemaverify.migrate.FlywayChecksum;
import dev.schemaverify.migrate.FlywayHistoryImport;
import dev.schemaverify.migrate.HistoryRepair;
import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrateResult;
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
 * Adopting databases that schema-verify did not build: a baseline of a schema made by the same migrations,
 * baselineOnMigrate, the refusal that names the way to adopt, a Flyway history import, and repair after a
 * reviewed edit. Each on its own database of the test server.
 */
class AdoptionIT {
    private static final String V1 = "CREATE TYPE member_role AS ENUM ('owner', 'member');\n"
            + "CREATE TABLE members (id int PRIMARY KEY, role member_role NOT NULL);\n";
    private static final String V2 = "-- notes of a member\nCREATE TABLE notes (id int PRIMARY KEY,\r\n"
            + "    member_id int REFERENCES members);\n";
    private static final String V3 = "ALTER TABLE notes ADD COLUMN body text;\n";

    @TempDir
    Path folder;
    private DatabaseTarget target;
    private final SchemaVerifier verifier = new SchemaVerifier();

    @BeforeEach
    void files() throws Exception {
        Files.writeString(folder.resolve("V1__members.sql"), V1);
        Files.writeString(folder.resolve("V2__notes.sql"), V2);
        Files.writeString(folder.resolve("V3__note_body.sql"), V3);
        target = new DatabaseTarget(TestDatabases.createDatabase("adopt"), "postgres", null);
    }

    private MigrationSource source() {
        return MigrationSources.forFolder(folder, "db/migration");
    }

    private HistoryRequest history() {
        return new HistoryRequest(source(), target, null, null, null);
    }

    private MigrateResult migrate(MigrateOptions options) {
        return verifier.migrate(new MigrateRequest(source(), target, options, null));
    }

    private List<String> states() {
        return verifier.status(new StatusRequest(source(), target, null, false)).status().entries().stream()
                .map(e -> e.version() + " " + e.state()).toList();
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(target.url()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
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

    /** The schema the first two migrations build, made by hand (as another tool or a person did). */
    private void existingSchemaAtVersion2() throws Exception {
        execute(V1 + V2);
    }

    @Test
    void migrateRefusesAnUnadoptedSchemaAndNamesTheBaseline() throws Exception {
        existingSchemaAtVersion2();

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrate(MigrateOptions.defaults()));

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("nothing was applied: the database already holds a schema (3 objects, e.g. table public.members,"
                + " table public.notes, type public.member_role) but no public.schema_verify_history, so its migrations"
                + " would run over objects that exist. Adopt it: if the schema is what the migrations up to version N"
                + " build, run mvn schema-verify:baseline -Dschema-verify.baselineVersion=N (or migrate with"
                + " -Dschema-verify.baselineOnMigrate=true -Dschema-verify.baselineVersion=N); migrate then applies only"
                + " the migrations after N", e.getMessage());
        assertEquals(List.of(), rows("SELECT 1 FROM pg_class WHERE relname = 'schema_verify_history'"));
    }

    @Test
    void baselineThenMigrateAppliesOnlyTheNewerOnes() throws Exception {
        existingSchemaAtVersion2();

        Baseline.Result baseline = verifier.baseline(history(), "2");
        assertEquals(List.of("baselined 1 (db/migration/V1__members.sql) (recorded as applied, not run)",
                "baselined 2 (db/migration/V2__notes.sql) (recorded as applied, not run)",
                "2 migrations recorded as applied up to version 2 in public.schema_verify_history; migrate applies the"
                        + " ones after it"), baseline.lines());
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 PENDING"), states());

        MigrateResult result = migrate(MigrateOptions.defaults());

        assertEquals(List.of("3"), result.applied().stream().map(MigrateResult.Run::version).toList());
        assertEquals(List.of("1 BASELINE", "2 BASELINE", "3 SQL"),
                rows("SELECT version || ' ' || type FROM schema_verify_history ORDER BY installed_rank"));
        assertEquals(List.of("body"), rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'notes'"
                + " AND column_name = 'body'"));

        SchemaVerifyException again = assertThrows(SchemaVerifyException.class, () -> verifier.baseline(history(), "2"));
        assertEquals("nothing was recorded: public.schema_verify_history already holds 3 migration rows; a baseline"
                + " adopts a database without a history. Use status to see what it holds, and migrate to apply the"
                + " rest", again.getMessage());
    }

    @Test
    void baselineOnMigrateAdoptsAndMigratesInOneRun() throws Exception {
        existingSchemaAtVersion2();

        MigrateResult result = migrate(MigrateOptions.defaults().withBaselineOnMigrate("2"));

        assertEquals(List.of("3"), result.applied().stream().map(MigrateResult.Run::version).toList());
        assertTrue(result.lines().contains("baselineOnMigrate: the existing schema was adopted at version 2"),
                result.lines().toString());
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 APPLIED"), states());
    }

    @Test
    void emptyDatabaseMigratesWithoutABaseline() {
        assertEquals(3, migrate(MigrateOptions.defaults()).applied().size());
    }

    /** Flyway's own table, as Flyway 9 and 10 create it on PostgreSQL. */
    private void flywayHistory(String... rows) throws Exception {
        execute("CREATE TABLE flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY,"
                + " version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL,"
                + " script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL,"
                + " installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL,"
                + " success boolean NOT NULL)");
        for (String row : rows) {
            execute("INSERT INTO flyway_schema_history VALUES (" + row + ")");
        }
    }

    @Test
    void flywayChecksumIsTheCrc32OfTheLinesWithoutTheirEnds() {
        // CRC-32 of "abc" is 0x352441C2; Flyway reads the lines "ab" and "c", whatever the line ends and BOM.
        assertEquals(0x352441C2, FlywayChecksum.of("ab\nc\n"));
        assertEquals(0x352441C2, FlywayChecksum.of("\ufeffab\r\nc"));
        assertEquals(0x352441C2, FlywayChecksum.of("ab\rc\r\n"));
    }

    @Test
    void migrateNamesTheFlywayImportAndTheImportCarriesTheHistoryOver() throws Exception {
        existingSchemaAtVersion2();
        flywayHistory("1, '1', 'members', 'SQL', 'V1__members.sql', " + FlywayChecksum.of(V1)
                        + ", 'deployer', '2025-03-01 10:00:00', 12, true",
                "2, '2', 'notes', 'SQL', 'V2__notes.sql', " + (FlywayChecksum.of(V2) + 1)
                        + ", 'deployer', '2025-03-02 10:00:00', 7, true");

        SchemaVerifyException refused = assertThrows(SchemaVerifyException.class,
                () -> migrate(MigrateOptions.defaults()));
        assertEquals("nothing was applied: the database has a Flyway history (public.flyway_schema_history) but no"
                + " public.schema_verify_history. Import it, so nothing is run twice: mvn schema-verify:import-flyway"
                + " (versions, descriptions and checksums carry over; Flyway's own table is left as it is), then"
                + " migrate", refused.getMessage());

        FlywayHistoryImport.Result imported = verifier.importFlyway(history(), null);

        assertEquals(List.of("imported 1 (db/migration/V1__members.sql)",
                "imported 2 (db/migration/V2__notes.sql), checksum kept from Flyway",
                "db/migration/V2__notes.sql: differs from what Flyway applied (CRC-32 " + (FlywayChecksum.of(V2) + 1)
                        + " in its history, " + FlywayChecksum.of(V2) + " now); status shows it EDITED: review the"
                        + " change, then run repair",
                "2 rows imported from public.flyway_schema_history into public.schema_verify_history; nothing was run"
                        + " on the schema"), imported.lines());
        assertEquals(List.of("1 APPLIED", "2 EDITED", "3 PENDING"), states());
        assertEquals(List.of("1 members deployer 2025-03-01", "2 notes deployer 2025-03-02",
                "- imported 2 rows from the Flyway history public.flyway_schema_history postgres " + java.time.LocalDate
                        .now(java.time.ZoneOffset.UTC)),
                rows("SELECT version || ' ' || description || ' ' || installed_by || ' '"
                        + " || to_char(installed_on AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM schema_verify_history"
                        + " ORDER BY installed_rank"));

        // After review, repair accepts the file as it is; then migrate applies only version 3.
        HistoryRepair.Result repaired = verifier.repair(history());
        assertEquals(1, repaired.changes().size(), repaired.lines().toString());
        assertTrue(repaired.changes().get(0).startsWith("checksum of 2 re-recorded (flyway-crc32 -> "),
                repaired.changes().get(0));
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 PENDING"), states());
        assertEquals(List.of("3"), migrate(MigrateOptions.defaults()).applied().stream()
                .map(MigrateResult.Run::version).toList());
    }

    @Test
    void flywayBaselineRowBecomesBaselineRows() throws Exception {
        existingSchemaAtVersion2();
        flywayHistory("1, '2', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, 'dba',"
                + " '2025-01-01 00:00:00', 0, true");

        verifier.importFlyway(history(), "public.flyway_schema_history");

        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 PENDING"), states());
        assertEquals(List.of("1 BASELINE dba", "2 BASELINE dba", "- IMPORT postgres"),
                rows("SELECT version || ' ' || type || ' ' || installed_by FROM schema_verify_history"
                        + " ORDER BY installed_rank"));
    }

    @Test
    void repairAcceptsAReviewedEditAndRemovesFailedRowsWithAuditNotes() throws Exception {
        migrate(MigrateOptions.defaults());
        Files.writeString(folder.resolve("V2__notes.sql"), V2.replace("-- notes of a member", "-- a member's notes"));
        execute("INSERT INTO schema_verify_history (installed_rank, version, description, type, script, checksum,"
                + " execution_time_ms, success) VALUES (4, '4', 'broken', 'SQL', 'db/migration/V4__broken.sql', 'x', 1,"
                + " false)");
        Files.writeString(folder.resolve("V4__broken.sql"), "CREATE INDEX CONCURRENTLY notes_body ON notes (body);\n");
        assertEquals(List.of("1 APPLIED", "2 EDITED", "3 APPLIED", "4 FAILED"), states());

        HistoryRepair.Result result = verifier.repair(history());

        List<String> lines = result.lines();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("removed the failed row of 4 \\(installed .+ by postgres\\); migrate runs it"
                + " again"), lines.get(0));
        assertTrue(lines.get(1).matches("checksum of 2 re-recorded \\([0-9a-f]{12} -> [0-9a-f]{12}\\): the edit of"
                + " db/migration/V2__notes.sql was accepted as reviewed"), lines.get(1));
        assertEquals("2 changes to public.schema_verify_history, each with a REPAIR note in it", lines.get(2));
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 APPLIED", "4 PENDING"), states());
        assertEquals(List.of("4 REPAIR", "2 REPAIR"), rows("SELECT version || ' ' || type FROM schema_verify_history"
                + " WHERE type = 'REPAIR' ORDER BY installed_rank"));
        assertEquals(List.of("nothing to repair in public.schema_verify_history"), verifier.repair(history()).lines());
    }
}
