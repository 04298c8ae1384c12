package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.SchemaVerifyException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A contract may set finding severities itself; a wrong level is a located error naming the valid ones. */
class ContractSeveritiesTest {
    @Test
    void readsTheSeveritiesSection() {
        Contract contract = new ContractReader().read("contract: 1\nseverities:\n  changed-extension: warning\n"
                + "  \"unexpected-*\": off\nschemas:\n  public: {}\n", "db/contract.yaml");
        assertEquals(Map.of("changed-extension", "WARNING", "unexpected-*", "OFF"), contract.severities());
    }

    @Test
    void aWrongLevelIsAnError() {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> new ContractReader().read(
                "contract: 1\nseverities:\n  changed-extension: fatal\n", "db/contract.yaml"));
        assertEquals(true, e.getMessage().startsWith("db/contract.yaml:3:"), e.getMessage());
        assertEquals(true, e.getMessage().contains("invalid value 'fatal' for the severity of changed-extension"), e.getMessage());
    }
}
