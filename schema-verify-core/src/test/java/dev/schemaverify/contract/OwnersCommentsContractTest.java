package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Owners and comments in the contract: the switches, every key read, written back the same, bad values located. */
class OwnersCommentsContractTest {
    private static final String YAML = """
            contract: 1
            strict: true
            compareOwners: true
            compareComments: true
            schemas:
              shop:
                owner: app_owner
                comment: the shop
                enums:
                  mood: {labels: [sad, happy], owner: app_owner, comment: 'how it feels'}
                  plain: [a, b]
                sequences:
                  ticket_seq: {owner: app_owner, comment: tickets}
                tables:
                  orders:
                    owner: app_owner
                    comment: |-
                      every order,
                      one a row
                    columns:
                      id: bigint
                      note: {type: text, comment: "it's free text"}
                views:
                  big_orders: {definition: SELECT 1, owner: reporter, comment: big ones}
                materializedViews:
                  totals: {definition: SELECT 1 AS day, owner: reporter, comment: per day}
                functions:
                  touch(): {returns: void, owner: app_owner, comment: touches}
                procedures:
                  tidy(): {owner: app_owner, comment: tidies}
            """;

    @Test
    void everyKeyIsRead() {
        Contract contract = new ContractReader().read(YAML, "db/contract.yaml");
        assertTrue(contract.compareOwners());
        assertTrue(contract.compareComments());
        Snapshot s = contract.expected();
        assertEquals("the shop", s.schemas().get(0).comment());
        assertEquals(List.of("mood app_owner how it feels", "plain null null"), s.enums().stream()
                .map(e -> e.name().name() + " " + e.owner() + " " + e.comment()).toList());
        assertEquals(List.of("sad", "happy"), s.enums().get(0).labels());
        assertEquals(List.of("app_owner", "tickets"), List.of(s.sequences().get(0).owner(), s.sequences().get(0).comment()));
        Table orders = s.table(new QualifiedName("shop", "orders"));
        assertEquals(List.of("app_owner", "every order,\none a row"), List.of(orders.owner(), orders.comment()));
        assertEquals("it's free text", orders.column("note").comment());
        assertEquals(null, orders.column("id").comment());
        assertEquals(List.of("big_orders reporter big ones", "totals reporter per day"), s.views().stream()
                .map(v -> v.name().name() + " " + v.owner() + " " + v.comment()).toList());
        assertEquals(List.of("touch app_owner touches", "tidy app_owner tidies"), s.routines().stream()
                .map(r -> r.name().name() + " " + r.owner() + " " + r.comment()).toList());
    }

    @Test
    void offByDefault() {
        Contract contract = new ContractReader().read("contract: 1\n", "db/contract.yaml");
        assertFalse(contract.compareOwners());
        assertFalse(contract.compareComments());
    }

    @Test
    void writtenBackWithTheSwitchesItReadsTheSame() {
        ContractReader reader = new ContractReader();
        Snapshot read = reader.read(YAML, "db/contract.yaml").expected();
        String written = new ContractWriter().write(read, true, true, true);
        assertTrue(written.contains("\ncompareOwners: true\ncompareComments: true\n"), written);
        Contract again = reader.read(written, "db/contract.yaml");
        assertEquals(withoutSources(read), withoutSources(again.expected()), written);
        assertTrue(again.compareOwners() && again.compareComments() && again.strict());
    }

    @Test
    void writtenWithoutTheSwitchesNeitherOwnersNorCommentsAppear() {
        Snapshot read = new ContractReader().read(YAML, "db/contract.yaml").expected();
        String written = new ContractWriter().write(read, true);
        assertFalse(written.contains("comment"), written);
        assertFalse(written.contains("compareOwners"), written);
        // the schema's owner is written as it always was
        assertEquals(1, written.split("owner: ", -1).length - 1, written);
        assertTrue(written.contains("mood: [sad, happy]"), written);
    }

    private static String withoutSources(Snapshot snapshot) {
        return snapshot.toString().replaceAll("source=[^,\\]]*", "source=?");
    }

    @Test
    void badValuesNameTheFileAndLine() {
        SchemaVerifyException comment = assertThrows(SchemaVerifyException.class, () -> new ContractReader().read(
                "contract: 1\nschemas:\n  s:\n    tables:\n      t: {comment: [a, b]}\n", "db/c.yaml"));
        assertEquals("db/c.yaml:5:20: 'comment' in table s.t must be text, found a list", comment.getMessage());
        SchemaVerifyException enumKey = assertThrows(SchemaVerifyException.class, () -> new ContractReader().read(
                "contract: 1\nschemas:\n  s:\n    enums:\n      e: {labels: [a], ownr: x}\n", "db/c.yaml"));
        assertEquals("db/c.yaml:5:24: unknown key 'ownr' in enum s.e; did you mean 'owner'?", enumKey.getMessage());
        SchemaVerifyException flag = assertThrows(SchemaVerifyException.class, () -> new ContractReader().read(
                "contract: 1\ncompareOwners: sometimes\n", "db/c.yaml"));
        assertTrue(flag.getMessage().startsWith("db/c.yaml:2:16: "), flag.getMessage());
    }
}
