package dev.schemaverify.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigratorIT {
    private String url;
    private Connection connection;

    @BeforeEach
    void database() throws SQLException {
        url = TestDatabases.createDatabase("migrate");
        connection = TestDatabases.connect(url);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static MigrateOptions options() {
        return MigrateOptions.defaults();
    }

    private MigrateResult migrate(MigrationSource source, MigrateOptions options) {
        return new Migrator().migrate(connection, source, options);
    }

    private List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private List<String> history() throws SQLException {
        return strings("SELECT installed_rank || ' ' || version || ' ' || type || ' ' || script || ' ' || success"
                + " || ' ' || (installed_by = current_user) FROM public.schema_verify_history ORDER BY installed_rank");
    }

    private List<String> tables() throws SQLException {
        return strings("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");
    }

    private static InMemorySource three() {
        return new InMemorySource()
                .versioned("1", "users", "CREATE TABLE users (id int PRIMARY KEY);")
                .versioned("2", "notes", "CREATE TABLE notes (id int PRIMARY KEY, user_id int REFERENCES users);")
                .versioned("3", "tags", "CREATE TABLE tags (id int);");
    }

    @Test
    void appliesPendingStepsInOrderWithHistoryThenNothing() throws SQLException {
        MigrateResult first = migrate(three(), options());

        assertEquals(List.of("1", "2", "3"), first.applied().stream().map(MigrateResult.Run::version).toList());
        assertEquals(List.of("1 1 SQL db/V1__users.sql true true", "2 2 SQL db/V2__notes.sql true true",
                "3 3 SQL db/V3__tags.sql true true"), history());
        assertEquals(List.of("public.notes", "public.schema_verify_history", "public.tags", "public.users"), tables());
        assertTrue(connection.getAutoCommit(), "auto-commit is restored");

        MigrateResult second = migrate(three(), options());
        assertEquals(List.of(), second.applied());
        assertEquals(3, second.alreadyApplied());
        assertEquals(List.of("0 migrations applied from in-memory migrations; 3 already applied"), second.lines());
    }

    @Test
    void historyTableOfAnOlderVersionGetsItsRollbackColumnOrWorksWithoutIt() throws SQLException {
        migrate(new InMemorySource().versioned("1", "users", "CREATE TABLE users (id int PRIMARY KEY);"), options());
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE public.schema_verify_history DROP COLUMN rollback_checksum");
        }
        String column = "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.schema_verify_history'::regclass"
                + " AND attname = 'rollback_checksum' AND NOT attisdropped";

        // the owner's run adds the column back and records each new row's rollback checksum in it
        migrate(new InMemorySource().versioned("1", "users", "CREATE TABLE users (id int PRIMARY KEY);")
                .versioned("2", "notes", "CREATE TABLE notes (id int);", "down-2")
                .versioned("3", "tags", "CREATE TABLE tags (id int);", "down-3"), options());
        assertEquals(List.of("1"), strings(column));
        assertEquals(List.of("1 1 SQL db/V1__users.sql true true", "2 2 SQL db/V2__notes.sql true true",
                "3 3 SQL db/V3__tags.sql true true"), history());
        assertEquals(List.of("2 down-2", "3 down-3"), strings("SELECT version || ' ' || rollback_checksum"
                + " FROM public.schema_verify_history WHERE rollback_checksum IS NOT NULL ORDER BY 1"));

        // a login that may not alter the table records its rows without the column, run after run
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE public.schema_verify_history DROP COLUMN rollback_checksum");
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'deployer_old_history')"
                    + " THEN CREATE ROLE deployer_old_history; END IF; END $$");
            statement.execute("GRANT CREATE ON SCHEMA public TO deployer_old_history");
            statement.execute("GRANT SELECT, INSERT ON public.schema_verify_history TO deployer_old_history");
            statement.execute("SET ROLE deployer_old_history");
        }
        InMemorySource four = new InMemorySource().versioned("1", "users", "CREATE TABLE users (id int PRIMARY KEY);")
                .versioned("2", "notes", "CREATE TABLE notes (id int);", "down-2")
                .versioned("3", "tags", "CREATE TABLE tags (id int);", "down-3")
                .versioned("4", "labels", "CREATE TABLE labels (id int);", "down-4")
                .versioned("5", "colors", "CREATE TABLE colors (id int);", "down-5");
        migrate(four, options());
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET ROLE");
        }
        assertEquals(List.of("0"), strings(column));
        assertEquals(List.of("4 deployer_old_history", "5 deployer_old_history"), strings("SELECT version || ' '"
                + " || installed_by FROM public.schema_verify_history WHERE version IN ('4', '5') ORDER BY 1"));
    }

    @Test
    void historyInAnotherSchemaIsCreatedThere() throws SQLException {
        migrate(three(), new MigrateOptions("ops", false, null, false, false, false));
        assertEquals(List.of("1", "2", "3"), strings("SELECT version FROM ops.schema_verify_history ORDER BY 1"));
    }

    @Test
    void concurrentRunsApplyEachMigrationExactlyOnce() throws Exception {
        InMemorySource source = new InMemorySource()
                .versioned("1", "t", "CREATE TABLE t (id int); SELECT pg_sleep(0.2);")
                .versioned("2", "t row", "INSERT INTO t VALUES (1);")
                .repeatable("t_view", "CREATE OR REPLACE VIEW t_view AS SELECT count(*) AS n FROM t;");
        int runs = 8;
        CyclicBarrier start = new CyclicBarrier(runs);
        List<String> waits = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<MigrateResult>> results = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                results.add(pool.submit(() -> {
                    try (Connection own = TestDatabases.connect(url)) {
                        start.await(30, TimeUnit.SECONDS);
                        return new Migrator(waits::add).migrate(own, source, options());
                    }
                }));
            }
            int applied = 0;
            for (Future<MigrateResult> result : results) {
                applied += result.get(60, TimeUnit.SECONDS).applied().size(); // a failed run throws here
            }
            assertEquals(3, applied, "each migration is applied by exactly one run");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("1 1 SQL db/V1__t.sql true true", "2 2 SQL db/V2__t_row.sql true true",
                "3 t_view REPEATABLE db/R__t_view.sql true true"), history());
        assertEquals(List.of("1"), strings("SELECT n::text FROM t_view"));
        assertTrue(waits.stream().anyMatch(line -> line.startsWith("waiting for another migration run to finish")),
                "at least one run waited for the lock: " + waits);
    }

    @Test
    void failingMigrationLeavesNothingBehindAndStopsTheRun() throws SQLException {
        InMemorySource source = new InMemorySource()
                .versioned("1", "kept", "CREATE TABLE kept (id int);")
                .versioned("2", "broken", "-- creates a table, then fails\n"
                        + "CREATE TABLE partial (id int);\n"
                        + "INSERT INTO partial VALUES (1);\n"
                        + "INSERT INTO partial (id)\n"
                        + "    SELECT no_such_column FROM partial;\n")
                .versioned("3", "never", "CREATE TABLE never (id int);");

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrate(source, options()));

        assertEquals(ErrorCode.SQL, e.code());
        assertEquals("db/V2__broken.sql:5:12: column \"no_such_column\" does not exist (migration 2 was rolled back:"
                + " the database holds nothing of it; the 1 migration applied before it in this run stays applied)",
                e.getMessage());
        assertEquals(List.of("public.kept", "public.schema_verify_history"), tables());
        assertEquals(List.of("1 1 SQL db/V1__kept.sql true true"), history());
        assertTrue(connection.getAutoCommit());
        assertEquals(List.of("t"), strings("SELECT pg_try_advisory_lock(" + new MigrationHistory(null).lockKey() + ")"),
                "the lock was released");
    }

    @Test
    void dryRunChangesNothingNotEvenTheHistoryTable() throws SQLException {
        String catalog = "SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT LIKE 'pg\\_%'"
                + " AND n.nspname <> 'information_schema' UNION ALL SELECT nspname FROM pg_namespace ORDER BY 1";
        List<String> before = strings(catalog);
        InMemorySource source = three().nonTransactional("4", "index", "CREATE INDEX CONCURRENTLY ON tags (id);");

        MigrateResult result = migrate(source, new MigrateOptions(null, true, null, false, false, false));

        assertEquals(before, strings(catalog));
        assertEquals(List.of(), strings("SELECT 1 FROM pg_class WHERE relname = 'schema_verify_history'"));
        assertEquals(List.of(
                "would apply 1 (db/V1__users.sql)",
                "would apply 2 (db/V2__notes.sql)",
                "would apply 3 (db/V3__tags.sql)",
                "would apply 4 (db/V4__index.sql), outside a transaction",
                "4 (db/V4__index.sql) runs outside a transaction: it holds a statement that cannot run in one (such as"
                        + " CREATE INDEX CONCURRENTLY), so if it fails part-way, the statements before the failing one"
                        + " stay applied",
                "the history table public.schema_verify_history does not exist yet; a real run creates it",
                "dry run, nothing changed: 4 migrations would be applied from in-memory migrations; 0 already applied"),
                result.lines());
    }

    @Test
    void targetVersionAppliesUpToAndIncludingIt() throws SQLException {
        InMemorySource source = three().repeatable("v", "CREATE OR REPLACE VIEW v AS SELECT 1 AS one;");

        MigrateResult result = migrate(source, new MigrateOptions(null, false, "2", false, false, false));

        assertEquals(List.of("1", "2"), result.applied().stream().map(MigrateResult.Run::version).toList());
        assertEquals(List.of(
                new MigrateResult.Skipped("3", "db/V3__tags.sql", "after the target version 2"),
                new MigrateResult.Skipped("v", "db/R__v.sql", "repeatable migrations apply only without a target version")),
                result.skipped());
        assertEquals(List.of("public.notes", "public.schema_verify_history", "public.users"), tables());

        // A target between versions applies what lies at or below it; an unknown name is an error.
        assertEquals(List.of(), migrate(source, new MigrateOptions(null, false, "2.5", false, false, false)).applied());
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> migrate(source, new MigrateOptions(null, false, "latest", false, false, false)));
        assertEquals("the target version latest is not a migration of in-memory migrations; name one of its versions,"
                + " or leave the target out", e.getMessage());

        assertEquals(List.of("3", "v"), migrate(source, options()).applied().stream()
                .map(MigrateResult.Run::version).toList());
    }

    @Test
    void outOfOrderMigrationIsRefusedUnlessAllowed() throws SQLException {
        migrate(new InMemorySource()
                .versioned("1", "users", "CREATE TABLE users (id int);")
                .versioned("3", "tags", "CREATE TABLE tags (id int);"), options());
        InMemorySource late = new InMemorySource()
                .versioned("1", "users", "CREATE TABLE users (id int);")
                .versioned("2", "late", "CREATE TABLE late (id int);")
                .versioned("3", "tags", "CREATE TABLE tags (id int);");

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrate(late, options()));

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("nothing was applied: the migrations do not match the history in public.schema_verify_history:"
                + System.lineSeparator() + "  db/V2__late.sql: error [out-of-order] migration 2 is pending but older"
                + " than the newest applied migration 3; give it a newer version, or allow out-of-order migrations"
                + System.lineSeparator() + "Fix the migrations, or, knowingly, set outOfOrder to go on",
                e.getMessage());
        assertFalse(tables().contains("public.late"));

        MigrateResult allowed = migrate(late, new MigrateOptions(null, false, null, true, false, false));
        assertEquals(List.of("2"), allowed.applied().stream().map(MigrateResult.Run::version).toList());
    }

    @Test
    void editedAppliedMigrationIsRefusedUnlessAllowed() throws SQLException {
        migrate(three(), options());
        InMemorySource edited = new InMemorySource()
                .versioned("1", "users", "CREATE TABLE users (id bigint PRIMARY KEY);")
                .versioned("2", "notes", "CREATE TABLE notes (id int PRIMARY KEY, user_id int REFERENCES users);")
                .versioned("3", "tags", "CREATE TABLE tags (id int);")
                .versioned("4", "more", "CREATE TABLE more (id int);");

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrate(edited, options()));

        String before = edited.steps().get(0).checksum();
        assertTrue(e.getMessage().contains("  db/V1__users.sql: error [edited-after-apply] migration 1 was edited after"
                + " it was applied (checksum " + three().steps().get(0).checksum() + " in history, " + before
                + " now); revert the edit and put the change in a new migration"), e.getMessage());
        assertFalse(tables().contains("public.more"), "nothing is applied when history does not match");

        MigrationStatus status = MigrationStatus.of(edited, new MigrationHistory(null).read(connection));
        assertEquals(List.of(MigrationState.EDITED, MigrationState.APPLIED, MigrationState.APPLIED,
                MigrationState.PENDING), status.entries().stream().map(MigrationStatus.Entry::state).toList());

        MigrateResult allowed = migrate(edited, new MigrateOptions(null, false, null, false, true, false));
        assertEquals(List.of("4"), allowed.applied().stream().map(MigrateResult.Run::version).toList());
    }

    @Test
    void missingFileOfAnAppliedMigrationIsRefusedUnlessAllowed() throws SQLException {
        migrate(three(), options());
        InMemorySource gone = new InMemorySource()
                .versioned("1", "users", "CREATE TABLE users (id int PRIMARY KEY);")
                .versioned("3", "tags", "CREATE TABLE tags (id int);")
                .versioned("4", "more", "CREATE TABLE more (id int);");

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrate(gone, options()));

        assertTrue(e.getMessage().endsWith("  db/V2__notes.sql: error [missing-file] migration 2 is in the history"
                + " but its file is gone; restore the file, or allow missing files" + System.lineSeparator()
                + "Fix the migrations, or, knowingly, set allowMissing to go on"), e.getMessage());
        MigrationStatus status = MigrationStatus.of(gone, new MigrationHistory(null).read(connection));
        assertEquals("2 MISSING_FILE db/V2__notes.sql", status.entries().get(3).version() + " "
                + status.entries().get(3).state() + " " + status.entries().get(3).location());

        MigrateResult allowed = migrate(gone, new MigrateOptions(null, false, null, false, false, true));
        assertEquals(List.of("4"), allowed.applied().stream().map(MigrateResult.Run::version).toList());
    }

    @Test
    void repeatableReappliesOnlyWhenItChanges() throws SQLException {
        InMemorySource v1 = three().repeatable("users_view", "CREATE OR REPLACE VIEW users_view AS SELECT id FROM users;");
        assertEquals(4, migrate(v1, options()).applied().size());
        assertEquals(List.of(), migrate(v1, options()).applied(), "unchanged: not applied again");

        InMemorySource v2 = three().repeatable("users_view",
                "CREATE OR REPLACE VIEW users_view AS SELECT id, id * 2 AS twice FROM users;");
        assertEquals(List.of("users_view"), migrate(v2, options()).applied().stream()
                .map(MigrateResult.Run::version).toList());
        assertEquals(List.of("id", "twice"), strings("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'users_view' ORDER BY ordinal_position"));
        assertEquals(List.of("4 users_view REPEATABLE db/R__users_view.sql true true",
                "5 users_view REPEATABLE db/R__users_view.sql true true"), history().subList(3, 5));
    }

    @Test
    void nonTransactionalStepRunsWithAutoCommitAndSaysSo() throws SQLException {
        InMemorySource source = three()
                .nonTransactional("4", "tags index", "CREATE INDEX CONCURRENTLY tags_id_idx ON tags (id);");

        MigrateResult result = migrate(source, options());

        assertEquals(List.of("4 (db/V4__tags_index.sql) runs outside a transaction: it holds a statement that cannot"
                + " run in one (such as CREATE INDEX CONCURRENTLY), so if it fails part-way, the statements before the"
                + " failing one stay applied"), result.notes());
        assertFalse(result.applied().get(3).transactional());
        assertEquals(List.of("tags_id_idx"), strings("SELECT indexname FROM pg_indexes WHERE tablename = 'tags'"));
        assertEquals("4 4 SQL db/V4__tags_index.sql true true", history().get(3));
    }

    @Test
    void failedNonTransactionalStepIsRecordedAndBlocksLaterRuns() throws SQLException {
        InMemorySource source = three().nonTransactional("4", "half",
                "CREATE TABLE half (id int);\nCREATE INDEX CONCURRENTLY ON half (nope);");

        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> migrate(source, options()));

        assertTrue(e.getMessage().startsWith("db/V4__half.sql:2:1: column \"nope\" does not exist (migration 4 ran"
                + " outside a transaction: the statements before the failing one stay applied"), e.getMessage());
        assertTrue(tables().contains("public.half"), "autocommit kept the first statement");
        assertEquals("4 4 SQL db/V4__half.sql false true", history().get(3));

        SchemaVerifyException again = assertThrows(SchemaVerifyException.class, () -> migrate(source, options()));
        assertTrue(again.getMessage().contains("db/V4__half.sql: error [failed-migration] migration 4 failed part-way"
                + " outside a transaction"), again.getMessage());
    }
}
