package dev.schemaverify.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.model.PartCommentSnapshots;
import dev.schemaverify.model.Snapshot;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Comments on constraints, indexes (of tables and materialized views), policies and triggers: a typed finding
 * at the part's line in the contract when comments are switched on; in strict mode an undeclared one must be
 * absent; switched off, nothing is compared.
 */
class PartCommentsDiffTest {
    private static String render(List<Finding> findings) {
        return findings.stream().map(f -> (f.source() == null ? "" : f.source() + ": ") + f.severity().label() + " ["
                + f.code() + "] " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void switchedOnEveryPartsCommentIsAFindingAtItsLine() {
        assertEquals("""
                contract.yaml:5:9: error [changed-primary-key] primary key public.orders: comment expected 'wanted key', found 'found key'
                contract.yaml:7:9: error [changed-foreign-key] foreign key public.orders.orders_customer_fk: comment expected 'wanted fk', found 'found fk'
                contract.yaml:9:9: error [changed-index] index public.orders.orders_customer_idx: comment expected 'wanted index', found 'found index'
                contract.yaml:6:9: error [changed-unique-constraint] unique constraint public.orders.orders_customer_key: comment expected 'wanted unique', found 'found unique'
                contract.yaml:8:9: error [changed-check-constraint] check constraint public.orders.orders_id_check: comment expected 'wanted check', found 'found check'
                contract.yaml:10:9: error [changed-policy] policy public.orders.orders_read: comment expected 'wanted policy', found 'found policy'
                contract.yaml:11:9: error [changed-trigger] trigger public.orders.orders_touch: comment expected 'wanted trigger', found 'found trigger'
                contract.yaml:13:9: error [changed-index] index public.totals.totals_day_idx: comment expected 'wanted view index', found 'found view index'""",
                render(SchemaDiff.diff(PartCommentSnapshots.snapshot("wanted", true), PartCommentSnapshots.snapshot("found", false), new DiffOptions(false, false, true))));
    }

    @Test
    void aRemovedCommentIsExpectedAsNoneOnlyInStrictMode() {
        Snapshot expected = PartCommentSnapshots.snapshot(null, true);
        Snapshot actual = PartCommentSnapshots.snapshot("stray", false);
        String strict = render(SchemaDiff.diff(expected, actual, new DiffOptions(true, false, true)));
        assertEquals(8, strict.lines().count(), strict);
        assertEquals("contract.yaml:11:9: error [changed-trigger] trigger public.orders.orders_touch: comment expected"
                + " (none), found 'stray trigger'", strict.lines().filter(l -> l.contains("trigger")).findFirst().orElseThrow());
        assertEquals("", render(SchemaDiff.diff(expected, actual, new DiffOptions(false, false, true))));
    }

    @Test
    void switchedOffNoCommentIsCompared() {
        assertEquals("", render(SchemaDiff.diff(PartCommentSnapshots.snapshot("wanted", true), PartCommentSnapshots.snapshot("found", false),
                new DiffOptions(true, false, false))));
    }
}
