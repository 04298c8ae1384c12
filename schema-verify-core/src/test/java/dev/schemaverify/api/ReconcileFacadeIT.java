package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.reconcile.ReconcileOptions;
import dev.schemaverify.reconcile.ReconcileScript;
import dev.schemaverify.testing.TestDatabases;
import dev.schemaverify.model.SchemaVerifyException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Database against database through the facade, as {@code url} and {@code referenceUrl} (staging vs production). */
class ReconcileFacadeIT {
    private static final String PRODUCTION = """
            CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text NOT NULL, plan text DEFAULT 'free');
            CREATE INDEX accounts_email_idx ON public.accounts (lower(email));
            ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
            CREATE POLICY accounts_own ON public.accounts FOR SELECT USING (id = current_setting('app.user_id')::bigint);
            """;
    private static final String STAGING = """
            CREATE TABLE public.accounts (id bigint PRIMARY KEY, email varchar(100) NOT NULL, note text);
            CREATE TABLE public.scratch (x int);
            """;

    private static String database(String prefix, String sql) throws Exception {
        String url = TestDatabases.createDatabase(prefix);
        try (Connection connection = TestDatabases.connect(url)) {
            SqlScripts.execute(connection, sql, prefix + ".sql", 0);
        }
        return url;
    }

    @Test
    void stagingIsBroughtToProductionAndBack() throws Exception {
        String production = database("production", PRODUCTION);
        String staging = database("staging", STAGING);
        SchemaVerifier verifier = new SchemaVerifier();
        ReconcileRequest request = new ReconcileRequest(
                new SchemaSource.Database(new DatabaseTarget(production, "postgres", null)),
                new SchemaSource.Database(new DatabaseTarget(staging, "postgres", null)),
                null, List.of(), new ReconcileOptions(true, true, false));

        ReconcileResult result = verifier.reconcile(request);
        assertTrue(result.findings().size() >= 6, Quickstart.lines(result.findings()).toString());
        String forward = ReconcileScript.render(result.forward(), "staging -> production", true);
        String backward = ReconcileScript.render(result.backward(), "production -> staging", true);
        try (Connection connection = TestDatabases.connect(staging)) {
            SqlScripts.execute(connection, forward, "reconcile.sql", 0);
        }
        assertEquals(List.of(), Quickstart.lines(verifier.reconcile(request).findings()),
                "staging matches production after reconcile.sql");

        try (Connection connection = TestDatabases.connect(staging)) {
            SqlScripts.execute(connection, backward, "reconcile-rollback.sql", 0);
        }
        ReconcileResult back = verifier.reconcile(request);
        assertEquals(Quickstart.lines(result.findings()), Quickstart.lines(back.findings()),
                "reconcile-rollback.sql brings back exactly the drift there was");
    }

    /**
     * The two databases are read at once; whichever cannot be read is the one named (the actual side first
     * when neither can), and no session of the other side outlives the call.
     */
    @Test
    void theSideThatCannotBeReadIsNamedAndTheOtherSidesSessionIsClosed() throws Exception {
        String real = database("sides", STAGING);
        String realName = real.replaceFirst("^.*/([^/?]+).*$", "$1");
        String missingActual = TestDatabases.server().getJdbcUrl("postgres", "no_such_actual_db");
        String missingExpected = TestDatabases.server().getJdbcUrl("postgres", "no_such_expected_db");
        SchemaVerifier verifier = new SchemaVerifier();

        SchemaVerifyException actualFails = assertThrows(SchemaVerifyException.class,
                () -> verifier.reconcile(request(real, missingActual)));
        assertTrue(actualFails.getMessage().contains("no_such_actual_db"), actualFails.getMessage());
        assertNoSessionsOn(realName);

        SchemaVerifyException expectedFails = assertThrows(SchemaVerifyException.class,
                () -> verifier.reconcile(request(missingExpected, real)));
        assertTrue(expectedFails.getMessage().contains("no_such_expected_db"), expectedFails.getMessage());
        assertNoSessionsOn(realName);

        SchemaVerifyException both = assertThrows(SchemaVerifyException.class,
                () -> verifier.reconcile(request(missingExpected, missingActual)));
        assertTrue(both.getMessage().contains("no_such_actual_db") && !both.getMessage().contains("no_such_expected_db"),
                both.getMessage());
        assertEquals(1, both.getSuppressed().length, "the expected side's failure rides along");
        assertTrue(both.getSuppressed()[0].getMessage().contains("no_such_expected_db"),
                both.getSuppressed()[0].getMessage());

        assertEquals(2, verifier.reconcile(request(real, database("sides_empty", "SELECT 1;"))).findings().size(),
                "both tables of the expected side are missing from the empty one");
        assertNoSessionsOn(realName);
    }

    private static ReconcileRequest request(String expected, String actual) {
        return new ReconcileRequest(new SchemaSource.Database(new DatabaseTarget(expected, "postgres", null)),
                new SchemaSource.Database(new DatabaseTarget(actual, "postgres", null)), null, List.of(),
                new ReconcileOptions(true, true, false));
    }

    private static void assertNoSessionsOn(String database) throws Exception {
        long sessions = -1;
        try (Connection admin = TestDatabases.server().getPostgresDatabase().getConnection();
                PreparedStatement count = admin.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = ?")) {
            count.setString(1, database);
            for (int tries = 0; tries < 50 && sessions != 0; tries++) { // a closed session's backend ends just after
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    sessions = row.getLong(1);
                }
                if (sessions != 0) {
                    Thread.sleep(100);
                }
            }
        }
        assertEquals(0, sessions, "sessions left open on " + database);
    }

    @Test
    void anEmptyDatabaseIsBuiltFromTheMigrationsAndThenVerifiesClean() throws Exception {
        // roles are cluster-wide: a real target has them before any schema is reconciled into it
        String target = database("empty", """
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;
                END $$
                """);
        SchemaVerifier verifier = new SchemaVerifier();
        DatabaseTarget database = new DatabaseTarget(target, "postgres", null);
        ReconcileRequest request = new ReconcileRequest(
                new SchemaSource.Migrations(Quickstart.migrations(), Quickstart.MIGRATIONS_DISPLAY),
                new SchemaSource.Database(database), null, List.of(), new ReconcileOptions(false, true, false));

        ReconcileResult result = verifier.reconcile(request);
        String forward = ReconcileScript.render(result.forward(), "empty -> migrations", false);
        try (Connection connection = TestDatabases.connect(target)) {
            SqlScripts.execute(connection, forward, "reconcile.sql", 0);
        }

        VerifyResult verified = verifier.verify(new VerifyRequest(Quickstart.contract(), Quickstart.CONTRACT_DISPLAY,
                null, null, database, null, List.of(), true));
        assertEquals(List.of(), Quickstart.lines(verified.findings()), forward);
    }
}
