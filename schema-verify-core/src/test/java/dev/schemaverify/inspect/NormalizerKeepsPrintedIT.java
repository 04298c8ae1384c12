package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.SchemaObject;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verification deparses only what the contract spells differently from the database: a contract {@code inspect}
 * wrote is compared as it is, and an edited or drifted object is still deparsed and compared.
 */
class NormalizerKeepsPrintedIT {
    private static final DiffOptions STRICT = new DiffOptions(true);
    private static final QualifiedName ORDERS = new QualifiedName("public", "orders");
    private static final QualifiedName USERS = new QualifiedName("public", "users");
    private static String url;
    private static Snapshot actual;

    @BeforeAll
    static void createDatabase() throws Exception {
        url = Fixtures.fullSchemaDatabase("keepprinted");
        try (Connection connection = TestDatabases.connect(url)) {
            actual = new Inspector(InspectOptions.allSchemas()).inspect(connection);
        }
    }

    @Test
    void aContractSpelledAsTheDatabasePrintsItIsComparedAsItIs() throws Exception {
        Set<SchemaObject> same = SchemaDiff.unchanged(actual, actual, STRICT);
        assertEquals(actual.objects().size(), same.size());
        try (Connection connection = TestDatabases.connect(url)) {
            Snapshot normalized = new ContractNormalizer().normalize(connection, actual, same);
            if (actual.sequences().isEmpty()) {
                assertSame(actual, normalized);
            }
            for (int i = 0; i < actual.tables().size(); i++) {
                assertSame(actual.tables().get(i), normalized.tables().get(i), actual.tables().get(i).name().toString());
            }
            assertEquals(List.of(), SchemaDiff.diff(normalized, actual, STRICT));
        }
    }

    @Test
    void anObjectSpelledDifferentlyIsDeparsedAndRealDriftIsStillFound() throws Exception {
        Table orders = withCheck(actual.table(ORDERS), "orders_price_check", "PRICE>0");
        Table users = withCheck(actual.table(USERS), "users_email_check", "email like '%@%' and length(email) > 3");
        Snapshot contract = new Snapshot(actual.extensions(), actual.schemas(), actual.enums(), actual.sequences(),
                actual.tables().stream().map(t -> t.name().equals(ORDERS) ? orders : t.name().equals(USERS) ? users : t)
                        .toList(),
                actual.views(), actual.routines(), List.of());
        Set<SchemaObject> same = SchemaDiff.unchanged(contract, actual, STRICT);
        assertFalse(same.contains(orders), "a spelling variant is not as the database prints it");
        assertFalse(same.contains(users));
        assertEquals(contract.objects().size() - 2, same.size());

        try (Connection connection = TestDatabases.connect(url)) {
            Snapshot normalized = new ContractNormalizer().normalize(connection, contract, same);
            for (int i = 0; i < contract.tables().size(); i++) {
                Table before = contract.tables().get(i);
                Table after = normalized.tables().get(i);
                assertEquals(before.name(), after.name(), "the order of the tables is kept");
                if (before != orders && before != users) {
                    assertSame(before, after, before.name().toString());
                }
            }
            Table deparsed = normalized.table(ORDERS);
            assertNotEquals("PRICE>0", check(deparsed, "orders_price_check"));
            assertEquals(check(actual.table(ORDERS), "orders_price_check"), check(deparsed, "orders_price_check"));

            List<Finding> findings = SchemaDiff.diff(normalized, actual, STRICT);
            assertEquals(1, findings.size(), findings.toString());
            assertTrue(findings.get(0).path().contains("users_email_check"), findings.toString());
        }
    }

    private static Table withCheck(Table table, String name, String expression) {
        List<CheckConstraint> checks = table.checks().stream()
                .map(c -> c.name().equals(name)
                        ? new CheckConstraint(c.name(), expression, c.source(), c.valid(), c.noInherit(), c.comment())
                        : c)
                .toList();
        assertTrue(checks.stream().anyMatch(c -> c.expression().equals(expression)), name + " is in " + table.name());
        return table.withParts(table.columns(), table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(),
                checks, table.indexes(), table.policies(), table.triggers());
    }

    private static String check(Table table, String name) {
        return table.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().expression();
    }
}
