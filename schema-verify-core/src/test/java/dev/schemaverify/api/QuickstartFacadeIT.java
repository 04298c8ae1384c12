package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade on the quickstart project, with the shadow database as a temporary database on the shared
 * test server (the embedded shadow is covered by {@code EmbeddedShadowIT}; starting a second
 * PostgreSQL 17 here would only cost time).
 */
class QuickstartFacadeIT {
    private static final String SHADOW = "shadow database (PostgreSQL 17, 8 migrations)";

    static ShadowSettings temporaryDatabaseShadow() {
        return new ShadowSettings(17, null,
                new DatabaseTarget(TestDatabases.server().getJdbcUrl("postgres", "postgres"), "postgres", null));
    }

    @Test
    void migrationsMatchTheContractInATemporaryDatabaseThatIsDroppedAfterwards() throws Exception {
        VerifyResult result = new SchemaVerifier().verify(new VerifyRequest(Quickstart.contract(),
                Quickstart.CONTRACT_DISPLAY, Quickstart.migrations(), Quickstart.MIGRATIONS_DISPLAY, null,
                temporaryDatabaseShadow(), List.of(), true));

        assertEquals(List.of(), Quickstart.lines(result.findings()));
        assertEquals(SHADOW, result.actual());
        assertEquals(Quickstart.CONTRACT_DISPLAY, result.expected());
        assertEquals(List.of(), Catalog.shadowDatabasesLeft());
    }

    @Test
    void anInspectedContractVerifiesStrictlyWithNoFindings(@TempDir Path project) throws Exception {
        InspectResult inspected = new SchemaVerifier().inspect(new InspectRequest(Quickstart.migrations(),
                Quickstart.MIGRATIONS_DISPLAY, null, temporaryDatabaseShadow(), List.of(), List.of()));
        assertEquals(SHADOW, inspected.source());
        assertEquals(List.of("auth", "extensions", "public"),
                inspected.snapshot().schemas().stream().map(s -> s.name()).toList());
        assertEquals(7, inspected.snapshot().tables().size());
        Path contract = Files.writeString(project.resolve("schema-contract.yaml"), inspected.contractYaml());

        VerifyResult result = new SchemaVerifier().verify(new VerifyRequest(contract, "schema-contract.yaml",
                Quickstart.migrations(), Quickstart.MIGRATIONS_DISPLAY, null, temporaryDatabaseShadow(), List.of(),
                true));

        assertEquals(List.of(), Quickstart.lines(result.findings()));
        assertTrue(result.notVerified().isEmpty(), result.notVerified().toString());
        assertEquals(List.of(), Catalog.shadowDatabasesLeft());
    }
}
