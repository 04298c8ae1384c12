package dev.schemaverify.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.report.ConsoleReport;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * inspect, then strict verify of the same database, on a 400-table schema built from the constructs whose
 * deparse PostgreSQL does not reproduce when it parses its own output ({@link RealisticSchema}): the
 * verdict must be "no drift".
 */
class LargeSchemaRoundTripIT {
    @TempDir
    Path folder;

    @Test
    void inspectThenStrictVerifyOfTheSameDatabaseFindsNothing() throws Exception {
        String url = TestDatabases.createDatabase("realistic");
        try (Connection connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(true);
            List<String> batches = RealisticSchema.batches(400);
            for (int b = 0; b < batches.size(); b++) {
                SqlScripts.execute(connection, batches.get(b), "realistic-schema batch " + b, 0);
            }
        }
        VerifyResult result = RoundTrip.inspectThenVerify(url, folder);
        assertEquals("", String.join("\n", result.findings().stream().map(ConsoleReport::line).toList()));
    }
}
