package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** A read-only login (or a hot standby) cannot hold temporary objects: one clear error, not false drift. */
class NormalizerReadOnlyIT {
    @Test
    void aReadOnlySessionGetsOneClearError() throws Exception {
        String url = TestDatabases.createDatabase("readonly");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "CREATE TABLE public.items (id int PRIMARY KEY)");
            TestDatabases.execute(connection, "SET default_transaction_read_only = on");
            Snapshot contract = new ContractReader().read("""
                    contract: 1
                    schemas:
                      public:
                        tables:
                          items:
                            columns:
                              id: {type: int}
                    """, "contract.yaml").expected();

            SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                    () -> new ContractNormalizer().normalize(connection, contract));

            assertEquals(ErrorCode.CONFIGURATION, e.code());
            assertTrue(e.getMessage().startsWith("cannot let PostgreSQL deparse the contract on this database: the"
                    + " login cannot create temporary tables here ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("Grant it TEMP on the database, or give the migrations so the"
                    + " contract is deparsed in a shadow database instead"), e.getMessage());
            assertTrue(connection.getAutoCommit());
        }
    }
}
