package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.MigrateOptions;
import dev.schemaverify.migrate.MigrateResult;
import dev.schemaverify.migrate.MigrationHistory;
import dev.schemaverify.migrate.Placeholders;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.EmbeddedOptions;
import dev.schemaverify.shadow.EmbeddedShadow;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Day-2 operations of migrate on a real server: concurrent deploys with the default timeouts, the
 * advisory lock wait that names its holder, the statement lock timeout, connection retries, placeholders,
 * the no-transaction directive and the snapshot (and pg_dump backup) written before a change.
 */
class OperationsIT {
    @TempDir
    Path folder;
    @TempDir
    Path reports;
    private String url;
    private final SchemaVerifier verifier = new SchemaVerifier();

    @BeforeEach
    void database() {
        url = TestDatabases.createDatabase("ops");
    }

    private DatabaseTarget target() {
        return new DatabaseTarget(url, "postgres", null);
    }

    private void write(String name, String sql) throws Exception {
        Files.writeString(folder.resolve(name), sql);
    }

    private MigrateResult migrate(MigrateOptions options, List<String> progress) {
        return verifier.migrate(new MigrateRequest(MigrationSources.forFolder(folder, "db/migration"), target(),
                options, progress::add));
    }

    private List<String> rows(String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @Test
    void eightConcurrentDeploysWithTheDefaultTimeoutsApplyEachMigrationOnce() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int); SELECT pg_sleep(0.5);");
        write("V2__t_row.sql", "INSERT INTO t VALUES (1);");
        write("V3__u.sql", "CREATE TABLE u (id int);");
        int runs = 8;
        CyclicBarrier start = new CyclicBarrier(runs);
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<MigrateResult>> results = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return migrate(MigrateOptions.defaults(), progress);
                }));
            }
            int applied = 0;
            for (Future<MigrateResult> result : results) {
                applied += result.get(120, TimeUnit.SECONDS).applied().size(); // a failed run throws here
            }
            assertEquals(3, applied, "each migration is applied by exactly one run");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("1", "2", "3"), rows("SELECT version FROM schema_verify_history ORDER BY installed_rank"));
        assertEquals(List.of("1"), rows("SELECT count(*)::text FROM t"));
        assertTrue(progress.stream().anyMatch(line -> line.startsWith("waiting for another migration run to finish"
                + " (advisory lock ") && line.contains("application 'schema-verify'")), progress.toString());
    }

    @Test
    void lockWaitGivesUpNamingTheHolder() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int);");
        long key = new MigrationHistory(null).lockKey();
        try (Connection holder = DriverManager.getConnection(url + "&ApplicationName=deploy-42", "postgres", "");
                Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + key + ")");
            int pid;
            try (ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            List<String> progress = new ArrayList<>();
            long started = System.nanoTime();

            SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                    () -> migrate(MigrateOptions.defaults().withLocks(null, Duration.ofSeconds(1)), progress));

            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "gave up after about a second");
            assertTrue(e.getMessage().matches("gave up waiting for the migration lock on public.schema_verify_history"
                    + " after 1 s: it is held by server process " + pid + " \\(application 'deploy-42', client"
                    + " 127\\.0\\.0\\.1, connected since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ, busy since .+\\)\\."
                    + " Wait for that run to finish, end it \\(SELECT pg_terminate_backend\\(<pid>\\)\\) if it is stuck,"
                    + " or raise lockWait"), e.getMessage());
            assertTrue(progress.get(0).startsWith("waiting for another migration run to finish (advisory lock " + key
                    + " on public.schema_verify_history, held by server process " + pid + " (application 'deploy-42'"),
                    progress.toString());
            assertTrue(progress.get(0).endsWith("; giving up after 1 s, lockWait)"), progress.get(0));
        }
        assertEquals(List.of(), rows("SELECT 1 FROM pg_class WHERE relname = 't'"));
    }

    @Test
    void lockTimeoutFailsAStatementStuckBehindATableLock() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int);");
        migrate(MigrateOptions.defaults(), new ArrayList<>());
        write("V2__t_column.sql", "ALTER TABLE t ADD COLUMN name text;");
        try (Connection blocker = TestDatabases.connect(url); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE t IN ACCESS SHARE MODE");

            SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrate(
                    MigrateOptions.defaults().withLocks(Duration.ofMillis(300), null), new ArrayList<>()));

            assertEquals(ErrorCode.SQL, e.code());
            assertEquals("db/migration/V2__t_column.sql:1:1: canceling statement due to lock timeout (migration 2 was"
                    + " rolled back: the database holds nothing of it)", e.getMessage());
            blocker.rollback();
        }
        assertEquals(1, migrate(MigrateOptions.defaults(), new ArrayList<>()).applied().size());
    }

    @Test
    void connectRetriesWithBackOffOnlyForWhatARetryCanCure() throws Exception {
        try (Connection admin = TestDatabases.connect(url); Statement statement = admin.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ops_full') THEN"
                    + " CREATE ROLE ops_full LOGIN CONNECTION LIMIT 0; END IF; END $$");
        }
        write("V1__t.sql", "CREATE TABLE t (id int);");
        List<String> progress = new ArrayList<>();
        DatabaseTarget full = new DatabaseTarget(url.substring(0, url.indexOf('?')), "ops_full", null, 5, 2);
        long started = System.nanoTime();

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> verifier.migrate(new MigrateRequest(
                MigrationSources.forFolder(folder, "db/migration"), full, null, progress::add)));

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(ErrorCode.CONNECTION, e.code());
        assertEquals("cannot connect to " + full + " (after 3 attempts): FATAL: too many connections for role"
                + " \"ops_full\"", e.getMessage());
        assertEquals(2, progress.size(), progress.toString());
        assertTrue(progress.get(0).endsWith("; retrying in 1000 ms (1 of 2 retries, connectRetries)"), progress.get(0));
        assertTrue(progress.get(1).endsWith("; retrying in 2000 ms (2 of 2 retries, connectRetries)"), progress.get(1));
        assertTrue(millis >= 3000, "paused 1 s, then 2 s: " + millis);

        // A port nothing listens on is a wrong URL: no retry, at once.
        progress.clear();
        started = System.nanoTime();
        assertThrows(SchemaVerifyException.class, () -> verifier.migrate(new MigrateRequest(
                MigrationSources.forFolder(folder, "db/migration"),
                new DatabaseTarget("jdbc:postgresql://127.0.0.1:1/app", "app", null), null, progress::add)));
        assertEquals(List.of(), progress);
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void placeholdersAreReplacedOutsideDollarQuotesAndUndefinedOnesNameTheLine() throws Exception {
        write("V1__roles.sql", "-- owner: ${owner} (comments stay as written)\n"
                + "CREATE TABLE ${table} (id int, note text DEFAULT '${greeting}');\n"
                + "CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql AS $$ SELECT t || ' ${kept}' $$;\n");
        Placeholders values = new Placeholders(Map.of("table", "accounts", "greeting", "hello"), false);
        verifier.migrate(new MigrateRequest(MigrationSources.forLocation(folder, "db/migration", false, values),
                target(), null, null));

        assertEquals(List.of("'hello'::text"), rows("SELECT column_default FROM information_schema.columns"
                + " WHERE table_name = 'accounts' AND column_name = 'note'"));
        assertEquals(List.of("hi ${kept}"), rows("SELECT shout('hi')"));
        // the checksum is the file's as written, whatever the values
        assertEquals(List.of(dev.schemaverify.migrate.SqlScripts.checksum(Files.readString(folder.resolve(
                "V1__roles.sql")))), rows("SELECT checksum FROM schema_verify_history"));

        write("V2__more.sql", "SELECT 1;\nCREATE TABLE x (id int DEFAULT ${missing});\n");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> verifier.migrate(new MigrateRequest(
                MigrationSources.forLocation(folder, "db/migration", false, values), target(), null, null)));
        assertEquals("db/migration/V2__more.sql:2:32: placeholder ${missing} has no value; define it in <placeholders>"
                + " of the plugin configuration (defined: greeting, table)", e.getMessage());
    }

    @Test
    void noTransactionDirectiveRunsAFileWithAutocommit() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int);");
        write("V2__index.sql", "-- schema-verify:no-transaction\nCREATE INDEX t_id ON t (id);\n");

        MigrateResult result = migrate(MigrateOptions.defaults(), new ArrayList<>());

        assertEquals(List.of(true, false), result.applied().stream().map(MigrateResult.Run::transactional).toList());
        assertTrue(result.lines().stream().anyMatch(line -> line.startsWith("applied 2 (db/migration/V2__index.sql) in")
                && line.endsWith(" ms, outside a transaction")), result.lines().toString());
    }

    @Test
    void migrateWritesTheSchemaBeforeChangingIt() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int);");
        migrate(MigrateOptions.defaults(), new ArrayList<>());
        write("V2__u.sql", "CREATE TABLE u (id int);");
        List<String> progress = new ArrayList<>();

        verifier.migrate(new MigrateRequest(MigrationSources.forFolder(folder, "db/migration"), target(),
                MigrateOptions.defaults(), progress::add, new SnapshotSettings(reports, false, null)));

        String before = Files.readString(reports.resolve("before-migrate-1.yaml"));
        assertTrue(before.contains("t:") && !before.contains("u:"), before);
        assertTrue(!before.contains("schema_verify_history"), before);
        assertEquals("wrote the schema before migrate to " + reports.resolve("before-migrate-1.yaml")
                + " (a contract: diff against it gives the way back)", progress.get(0));
    }

    @Test
    void aBackupThatFailsStopsTheMigrationBeforeItChangesAnything() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int);");
        Path fakeDump = folder.resolve("pg_dump");
        Files.writeString(fakeDump, "#!/bin/sh\necho 'pg_dump: error: server version: 17; pg_dump version: 9.6' >&2\nexit 1\n");
        fakeDump.toFile().setExecutable(true);

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> verifier.migrate(new MigrateRequest(
                MigrationSources.forFolder(folder, "db/migration"), target(), MigrateOptions.defaults(), null,
                new SnapshotSettings(reports, true, fakeDump))));

        assertEquals("the backup with " + fakeDump + " failed (exit 1): pg_dump: error: server version: 17; pg_dump"
                + " version: 9.6; nothing was changed. Use a pg_dump of the server's major version or newer, or run"
                + " without backup", e.getMessage());
        assertEquals(List.of(), rows("SELECT 1 FROM pg_class WHERE relname IN ('t', 'schema_verify_history')"));
    }

    /**
     * A real pg_dump, when this machine has one: against a PostgreSQL 14 server, which any pg_dump of 14
     * or later can dump. Without one, the run says that no backup was written, and migrates.
     */
    @Test
    void backupWithPgDumpOrSaysItIsMissing() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int);");
        Path pgDump = BeforeChange.onPath("pg_dump");
        Path binaries = Path.of(System.getProperty("schema-verify.test.pg14-binaries", "missing"));
        try (EmbeddedShadow server = EmbeddedShadow.start(EmbeddedOptions.of(14).withBinaries(binaries))) {
            DatabaseTarget pg14 = new DatabaseTarget(server.jdbcUrl(), null, null);
            MigrateResult result = verifier.migrate(new MigrateRequest(MigrationSources.forFolder(folder,
                    "db/migration"), pg14, MigrateOptions.defaults(), null, new SnapshotSettings(reports, true, null)));
            assertEquals(1, result.applied().size());
            if (pgDump == null) {
                assertTrue(result.notes().contains("backup=true, but pg_dump is not on the PATH: no backup was written;"
                        + " install PostgreSQL's client programs (the server's major version or newer)"), result.notes()
                        .toString());
            } else {
                Path dump = reports.resolve("before-migrate-empty.dump");
                assertTrue(Files.size(dump) > 0);
                assertEquals("PGDMP", new String(Files.readAllBytes(dump), 0, 5, java.nio.charset.StandardCharsets.US_ASCII),
                        "a pg_dump custom-format archive");
            }
        }
    }
}
