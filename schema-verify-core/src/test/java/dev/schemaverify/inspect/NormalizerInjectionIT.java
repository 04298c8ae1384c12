package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * Contract text is spliced into DDL on the context database, which may be a live target. Text that would
 * end the statement early must never run: not inside the rolled-back transaction, and certainly not as
 * work that escapes it (sequence changes, commits).
 */
class NormalizerInjectionIT {
    private static final String ESCAPING_DEFAULT =
            "E'\\'' ) ; SELECT setval('public.orders_id_seq', 42) ; SELECT ( E'\\''";
    private static final String COMMITTING_CHECK = "true) ; COMMIT ; DROP TABLE public.orders ; BEGIN ; SELECT (true";

    @Test
    void spliceAttemptsRunNothingAndKeepTheirText() throws Exception {
        String url = TestDatabases.createDatabase("inject");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "CREATE TABLE public.orders (id serial PRIMARY KEY, note text)");
            String yaml = """
                    contract: 1
                    schemas:
                      public:
                        tables:
                          orders:
                            columns:
                              id: {type: integer}
                              note: {type: text, default: "%s"}
                            checks:
                              orders_sneaky: "%s"
                    """.formatted(ESCAPING_DEFAULT.replace("\\", "\\\\"), COMMITTING_CHECK);
            Snapshot contract = new ContractReader().read(yaml, "contract.yaml").expected();

            Snapshot normalized = new ContractNormalizer().normalize(connection, contract);

            Column note = normalized.tables().get(0).column("note");
            assertEquals(ESCAPING_DEFAULT, note.defaultValue(), "an unsafe fragment keeps the contract's text");
            assertEquals(COMMITTING_CHECK, normalized.tables().get(0).checks().get(0).expression());
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT last_value, is_called, to_regclass('public.orders') IS NOT NULL FROM public.orders_id_seq")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1), "setval must not have run");
                assertEquals(false, rs.getBoolean(2));
                assertTrue(rs.getBoolean(3), "the table must still exist");
            }
            assertTrue(connection.getAutoCommit(), "the caller's autocommit is restored");
        }
    }

    @Test
    void oneStatementCheckUnderstandsEscapeStringsAndTransactionControl() {
        assertTrue(SqlFragments.isOneStatement("ALTER TABLE t ALTER COLUMN c SET DEFAULT E'a\\';b'"));
        assertEquals(false, SqlFragments.isOneStatement(
                "ALTER TABLE t ALTER COLUMN c SET DEFAULT " + ESCAPING_DEFAULT));
        assertEquals(false, SqlFragments.isOneStatement("COMMIT"));
        assertEquals(false, SqlFragments.isOneStatement("CREATE TEMP TABLE x (a int DEFAULT 'unterminated)"));
    }
}
