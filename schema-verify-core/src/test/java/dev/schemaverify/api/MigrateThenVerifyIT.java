package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.migrate.MigrateResult;
import dev.schemaverify.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deploy flow: {@code migrate} a live database, then {@code verify} it strictly. The history table the
 * migration leaves is bookkeeping, never drift.
 */
class MigrateThenVerifyIT {
    @Test
    void aMigratedDatabaseVerifiesCleanInStrictMode() {
        DatabaseTarget target = new DatabaseTarget(TestDatabases.createDatabase("deploy"), "postgres", null);
        SchemaVerifier verifier = new SchemaVerifier();

        MigrateResult migrated = verifier.migrate(new MigrateRequest(
                MigrationSources.forFolder(Quickstart.migrations(), Quickstart.MIGRATIONS_DISPLAY), target, null, null));
        assertEquals(8, migrated.applied().size());

        VerifyResult result = verifier.verify(new VerifyRequest(Quickstart.contract(), Quickstart.CONTRACT_DISPLAY,
                null, null, target, null, List.of(), true));
        assertEquals(List.of(), Quickstart.lines(result.findings()));
    }
}
