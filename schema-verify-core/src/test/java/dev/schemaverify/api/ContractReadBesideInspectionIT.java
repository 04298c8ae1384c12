package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live verify reads the contract on a thread of its own while it inspects the schemas the contract's
 * layout names: whatever the layout, the schemas inspected are the ones the contract declares (a table in
 * another schema is not reported; one in a declared schema is), and a broken contract is reported as such
 * even when the target is unreachable too.
 */
class ContractReadBesideInspectionIT {
    private static String url;

    /** A strict contract of schema app with its table t, as the writer lays it out. */
    private static final String APP_T = """
                contract: 1
                strict: true
                schemas:
                  app:
                    tables:
                      t:
                        columns:
                          id: {type: integer}
                """;

    @BeforeAll
    static void twoSchemas() throws Exception {
        url = TestDatabases.createDatabase("contract_beside");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, "CREATE SCHEMA app; CREATE TABLE app.t (id integer);"
                    + " CREATE SCHEMA other; CREATE TABLE other.u (id integer)");
        }
    }

    private static List<String> verify(Path contract) {
        return verify(contract, true);
    }

    private static List<String> verify(Path contract, boolean strict) {
        VerifyRequest request = new VerifyRequest(contract, "contract.yaml", null, null,
                new DatabaseTarget(url, "postgres", null), null, List.of(), strict);
        return Quickstart.lines(new SchemaVerifier().verify(request).findings());
    }

    @Test
    void theWritersLayoutIsInspectedInTheSchemasItNames(@TempDir Path dir) throws Exception {
        Path contract = Files.writeString(dir.resolve("contract.yaml"), APP_T);
        assertEquals(List.of("app"), dev.schemaverify.contract.ContractReader.schemaNamesAsWritten(contract));
        assertEquals(List.of(), verify(contract), "other.u is outside the contract's schemas");
    }

    @Test
    void aLayoutThatCannotBeScannedIsInspectedAfterItIsRead(@TempDir Path dir) throws Exception {
        Path contract = Files.writeString(dir.resolve("contract.yaml"),
                "contract: 1\nstrict: true\nschemas: {app: {tables: {t: {columns: {id: {type: integer}}}}}, other: {}}\n");
        assertEquals(null, dev.schemaverify.contract.ContractReader.schemaNamesAsWritten(contract));
        assertEquals(List.of("error [unexpected-table] table other.u is not in the contract"), verify(contract));
    }

    @Test
    void aSecondDeclaredSchemaIsInspectedToo(@TempDir Path dir) throws Exception {
        Path contract = Files.writeString(dir.resolve("contract.yaml"), APP_T + """
                  # a schema declared with nothing in it
                  other:
                    tables: {}
                """);
        assertEquals(null, dev.schemaverify.contract.ContractReader.schemaNamesAsWritten(contract),
                "an indented comment is not the writer's layout");
        assertEquals(List.of("error [unexpected-table] table other.u is not in the contract"), verify(contract));
    }

    /** Never pass silently: a partial contract that declares nothing checks nothing, and says so by failing. */
    @Test
    void aPartialContractThatDeclaresNothingFailsAndAStrictOneComparesEverything(@TempDir Path dir) throws Exception {
        Path partial = Files.writeString(dir.resolve("contract.yaml"), "contract: 1\n");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> verify(partial, false));
        assertEquals(ErrorCode.CONTRACT, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith("contract.yaml: the contract declares nothing and is partial, so verify"
                + " would check nothing"), e.getMessage());
        Path strict = Files.writeString(dir.resolve("strict.yaml"), "contract: 1\nstrict: true\n");
        assertEquals(List.of("error [unexpected-schema] schema app is not in the contract",
                "error [unexpected-schema] schema other is not in the contract",
                "error [unexpected-schema] schema public is not in the contract"),
                verify(strict, false).stream().filter(line -> line.contains("unexpected-schema")).toList());
    }

    @Test
    void aBrokenContractIsReportedBeforeAnUnreachableTarget(@TempDir Path dir) throws Exception {
        Path contract = Files.writeString(dir.resolve("contract.yaml"), "contract: 1\nschemas:\n  app:\n    tables: [\n");
        VerifyRequest request = new VerifyRequest(contract, "contract.yaml", null, null,
                new DatabaseTarget("jdbc:postgresql://127.0.0.1:1/nowhere", "postgres", null), null, List.of(), true);
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> new SchemaVerifier().verify(request));
        assertEquals(ErrorCode.CONTRACT, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith("contract.yaml:"), e.getMessage());
    }

    @Test
    void aBrokenContractIsReportedBeforeAMissingMigrationsFolder(@TempDir Path dir) throws Exception {
        Path contract = Files.writeString(dir.resolve("contract.yaml"), "contract: 1\nschemas:\n  app:\n    tables: [\n");
        VerifyRequest request = new VerifyRequest(contract, "contract.yaml", dir.resolve("absent"), "db/migration",
                null, null, List.of(), true);
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> new SchemaVerifier().verify(request));
        assertEquals(ErrorCode.CONTRACT, e.code(), e.getMessage());
    }
}
