package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract may name an overload by its argument types alone; the database names its arguments. */
class NormalizerRoutineNamesIT {
    @Test
    void typesAloneMatchTheNamedOverloadAndOnlyIt() throws Exception {
        String url = TestDatabases.createDatabase("routinenames");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, """
                    CREATE FUNCTION public.touch(p_id uuid) RETURNS void LANGUAGE sql AS 'SELECT';
                    CREATE FUNCTION public.touch(p_id uuid, p_at timestamptz) RETURNS void LANGUAGE sql AS 'SELECT';
                    """);
            Snapshot contract = new ContractReader().read("""
                    contract: 1
                    schemas:
                      public:
                        functions:
                          "touch(uuid)": {returns: void, language: sql}
                          "touch(p_id uuid, p_at timestamp with time zone)": {returns: void}
                          "touch(int)": {returns: void}
                    """, "contract.yaml").expected();

            Snapshot normalized = new ContractNormalizer().normalize(connection, contract);
            Snapshot actual = new Inspector(InspectOptions.allSchemas()).inspect(connection);

            assertEquals(List.of("function public.touch(integer) is missing"),
                    SchemaDiff.diff(normalized, actual, DiffOptions.partial()).stream().map(Finding::message).toList());
        }
    }
}
