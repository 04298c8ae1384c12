package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments on constraints, indexes, policies and triggers in the contract: read, written back the same, left out when off. */
class PartCommentsContractTest {
    private static final String YAML = """
            contract: 1
            compareComments: true
            schemas:
              public:
                tables:
                  orders:
                    columns:
                      id: integer
                      customer_id: integer
                    primaryKey: {columns: [id], comment: one row an order}
                    unique:
                      orders_customer_key: {columns: [customer_id], comment: "one order a customer's"}
                    foreignKeys:
                      orders_customer_fk: {columns: [customer_id], references: {table: orders, columns: [id]}, comment: self}
                    checks:
                      orders_id_check: {expression: id > 0, comment: positive}
                    indexes:
                      orders_customer_idx: {columns: [customer_id], comment: lookups}
                    policies:
                      orders_read: {command: SELECT, using: 'true', comment: everyone reads}
                    triggers:
                      orders_touch: {timing: BEFORE, events: [UPDATE], level: ROW, function: touch, comment: keeps time}
                materializedViews:
                  totals:
                    definition: SELECT 1 AS day
                    indexes:
                      totals_day_idx: {columns: [day], comment: by day}
            """;

    private static List<String> comments(Snapshot snapshot) {
        Table orders = snapshot.table(new QualifiedName("public", "orders"));
        List<String> all = new java.util.ArrayList<>(orders.parts().stream().filter(p -> p.comment() != null)
                .map(p -> p.kind() + " " + p.name() + ": " + p.comment()).toList());
        for (View view : snapshot.views()) {
            view.indexes().forEach(i -> all.add("view index " + i.name() + ": " + i.comment()));
        }
        return all;
    }

    @Test
    void everyPartsCommentIsRead() {
        Snapshot read = new ContractReader().read(YAML, "db/contract.yaml").expected();
        assertEquals(List.of(
                "primary key null: one row an order",
                "unique constraint orders_customer_key: one order a customer's",
                "foreign key orders_customer_fk: self",
                "check constraint orders_id_check: positive",
                "index orders_customer_idx: lookups",
                "policy orders_read: everyone reads",
                "trigger orders_touch: keeps time",
                "view index totals_day_idx: by day"), comments(read));
        Table orders = read.table(new QualifiedName("public", "orders"));
        assertEquals(List.of("id"), orders.primaryKey().columns());
        assertEquals("id > 0", orders.checks().get(0).expression());
        assertEquals(null, orders.column("id").comment());
    }

    @Test
    void writtenWithCommentsItReadsBackTheSame() {
        ContractReader reader = new ContractReader();
        Snapshot read = reader.read(YAML, "db/contract.yaml").expected();
        String written = new ContractWriter().write(read, false, false, true);
        assertTrue(written.contains("primaryKey: {columns: [id], comment: one row an order}"), written);
        assertTrue(written.contains("orders_id_check: {expression: id > 0, comment: positive}"), written);
        assertEquals(comments(read), comments(reader.read(written, "db/contract.yaml").expected()), written);
    }

    @Test
    void writtenWithoutCommentsThePartsKeepTheirShortForms() {
        Snapshot read = new ContractReader().read(YAML, "db/contract.yaml").expected();
        String written = new ContractWriter().write(read, false, false, false);
        assertFalse(written.contains("comment"), written);
        assertTrue(written.contains("primaryKey: [id]"), written);
        assertTrue(written.contains("orders_customer_key: [customer_id]"), written);
        assertTrue(written.contains("orders_id_check: id > 0"), written);
        assertEquals(List.of(), comments(new ContractReader().read(written, "db/contract.yaml").expected()).stream()
                .filter(line -> !line.endsWith("null")).toList());
    }

    @Test
    void aCommentOnAShorthandIsLocatedAsAnUnknownShape() {
        String bad = YAML.replace("orders_id_check: {expression: id > 0, comment: positive}",
                "orders_id_check: {expression: id > 0, note: positive}");
        var error = org.junit.jupiter.api.Assertions.assertThrows(dev.schemaverify.model.SchemaVerifyException.class,
                () -> new ContractReader().read(bad, "db/contract.yaml"));
        assertTrue(error.getMessage().startsWith("db/contract.yaml:16:"), error.getMessage());
        assertTrue(error.getMessage().contains("comment"), error.getMessage());
    }
}
