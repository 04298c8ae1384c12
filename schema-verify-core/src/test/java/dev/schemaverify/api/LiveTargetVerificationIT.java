package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verifying a live database reports its hand-made drift and never changes it: the catalog reads the
 * same, byte for byte, before and after, whether the contract is normalized in the target itself or, when
 * the target's login cannot create temporary tables, in a shadow database built from the migrations. The
 * migrations are not built when the target can deparse the contract: a broken one does not block the check.
 */
class LiveTargetVerificationIT {
    private static final String C = Quickstart.CONTRACT_DISPLAY;

    /** The drift below, as the console prints it; the same with or without migrations. */
    private static final List<String> FINDINGS = List.of(
            C + ":134:11: error [changed-policy] policy public.audit_log.audit_log_select: using expected"
                    + " 'public.is_org_admin(organization_id)', found 'public.is_org_member(organization_id)'",
            "error [unexpected-table] table public.debug_dump is not in the contract",
            C + ":207:7: error [changed-table] table public.invoices: rls.enabled expected 'true', found 'false'",
            C + ":237:11: error [missing-index] index public.invoices.invoices_unpaid_idx is missing");

    private static String url;

    @BeforeAll
    static void driftedDatabase() throws SQLException {
        url = TestDatabases.createDatabase("live_target");
        try (Connection connection = TestDatabases.connect(url)) {
            StepTransactions.applyAll(connection, MigrationSources.forFolder(Quickstart.migrations(), Quickstart.MIGRATIONS_DISPLAY));
            // The hot fixes someone made by hand in production.
            TestDatabases.execute(connection, """
                    ALTER TABLE public.invoices DISABLE ROW LEVEL SECURITY;
                    DROP INDEX public.invoices_unpaid_idx;
                    ALTER POLICY audit_log_select ON public.audit_log USING (public.is_org_member(organization_id));
                    CREATE TABLE public.debug_dump (id int, payload text);
                    """);
        }
    }

    @Test
    void contractNormalizedInTheTargetReportsTheDriftAndChangesNothing() throws SQLException {
        VerifyRequest request = new VerifyRequest(Quickstart.contract(), C, null, null,
                new DatabaseTarget(url, "postgres", null), null, List.of(), true);
        assertUnchanged(request);
    }

    @Test
    void contractNormalizedInAShadowWhenTheLoginCannotCreateTemporaryTables() throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname ="
                    + " 'sv_no_temp') THEN CREATE ROLE sv_no_temp LOGIN; END IF; END $$;"
                    + " DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());"
                    + " END $$");
        }
        DatabaseTarget server = new DatabaseTarget(TestDatabases.server().getJdbcUrl("postgres", "postgres"),
                "postgres", null);
        VerifyRequest request = new VerifyRequest(Quickstart.contract(), C, Quickstart.migrations(),
                Quickstart.MIGRATIONS_DISPLAY, new DatabaseTarget(url.replace("user=postgres", "user=sv_no_temp"), null, null),
                new ShadowSettings(17, null, server), List.of(), true);
        VerifyResult result;
        try {
            result = assertUnchanged(request);
        } finally {
            try (Connection connection = TestDatabases.connect(url)) {
                TestDatabases.execute(connection, "DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO"
                        + " PUBLIC', current_database()); END $$");
            }
        }
        assertEquals(1, result.notes().size(), result.notes().toString());
        assertTrue(result.notes().get(0).startsWith("built a shadow database from db/migration to deparse the contract"
                + " in, because " + request.target().displayUrl() + " cannot: cannot let PostgreSQL deparse the contract on this database: the"
                + " login cannot create temporary tables here"), result.notes().get(0));
        assertEquals(List.of(), Catalog.shadowDatabasesLeft(), "the shadow database is dropped");
    }

    @Test
    void aBrokenMigrationInTheFolderDoesNotBlockALiveCheck(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Files.writeString(folder.resolve("V1__broken.sql"), "CREATE TABLE oops (;\n");
        VerifyRequest request = new VerifyRequest(Quickstart.contract(), C, folder, "db/migration",
                new DatabaseTarget(url, "postgres", null), null, List.of(), true);
        VerifyResult result = assertUnchanged(request);
        assertEquals(List.of(), result.notes(), "no shadow database was built");
    }

    /** The checks above would see what a normalization that forgot to roll back leaves behind. */
    @Test
    void fingerprintAndLeftoversSeeATemporaryTableOfAnotherSession() throws SQLException {
        String other = TestDatabases.createDatabase("live_target_check");
        try (Connection observer = TestDatabases.connect(other)) {
            String before = Catalog.fingerprint(observer);
            try (Connection session = TestDatabases.connect(other)) {
                TestDatabases.execute(session, "CREATE TEMP TABLE sv_norm_t0 (id int)");
                assertNotEquals(before, Catalog.fingerprint(observer));
                List<String> leftovers = Catalog.leftovers(observer);
                assertEquals(3, leftovers.size(), leftovers.toString());
                assertTrue(leftovers.get(0).matches("relation pg_temp_\\d+\\.sv_norm_t0"), leftovers.toString());
            }
        }
    }

    private static VerifyResult assertUnchanged(VerifyRequest request) throws SQLException {
        String before;
        try (Connection connection = TestDatabases.connect(url)) {
            before = Catalog.fingerprint(connection);
            assertTrue(before.contains(" debug_dump "), "the fingerprint covers the user's tables");
        }
        VerifyResult result = new SchemaVerifier().verify(request);
        assertEquals(FINDINGS, Quickstart.lines(result.findings()));
        assertEquals("database " + request.target().displayUrl(), result.actual());
        try (Connection connection = TestDatabases.connect(url)) {
            assertEquals(before, Catalog.fingerprint(connection), "the target's catalog is unchanged");
            assertEquals(List.of(), Catalog.leftovers(connection), "no temporary or schema-verify objects remain");
        }
        return result;
    }
}
