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
        Contract contract = new ContractReader().read("""
                contract: 1
                severities:
                  changed-extension: warning
                  "unexpected-*": off
                schemas:
                  public: {}
                """, "db/contract.yaml");
        assertEquals(Map.of("changed-extension", "WARNING", "unexpected-*", "OFF"), contract.severities());
    }

    @Test
    void aWrongLevelIsLocated() {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> new ContractReader().read("""
                contract: 1
                severities:
                  changed-extension: fatal
                """, "db/contract.yaml"));
        assertEquals("db/contract.yaml:3:22: invalid value 'fatal' for the severity of changed-extension; valid values"
                + " are ERROR, WARNING, INFO, OFF", e.getMessage());
    }
}
