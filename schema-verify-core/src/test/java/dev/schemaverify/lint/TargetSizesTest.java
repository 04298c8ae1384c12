package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How pre-deploy lint writes a table's size on the target: rounded estimates, bytes as pg_size_pretty counts. */
class TargetSizesTest {
    @Test
    void rowEstimatesAreRoundedToThreeFigures() {
        assertEquals("0", TargetSizes.count(0));
        assertEquals("850", TargetSizes.count(850.4));
        assertEquals("1.0 k", TargetSizes.count(999.96));
        assertEquals("12.3 k", TargetSizes.count(12_345));
        assertEquals("12.3 M", TargetSizes.count(12_300_000));
        assertEquals("1.0 G", TargetSizes.count(999_990_000));
    }

    @Test
    void bytesCountInPowersOf1024() {
        assertEquals("8 bytes", TargetSizes.bytes(8));
        assertEquals("1023 bytes", TargetSizes.bytes(1023));
        assertEquals("16.0 kB", TargetSizes.bytes(16 * 1024));
        assertEquals("4.1 GB", TargetSizes.bytes(4_402_341_478L));
    }

    @Test
    void sizeDescribesANeverAnalyzedTable() {
        assertEquals("rows unknown until ANALYZE, 8.0 kB on the target",
                new TargetSizes.Size(-1, 8192).describe());
        assertEquals("12.3 M rows, 4.1 GB on the target", new TargetSizes.Size(12_300_000, 4_402_341_478L).describe());
    }

    @Test
    void theSizeFollowsTheFirstMentionOfATableTheTargetHas() {
        TargetSizes sizes = TargetSizes.of(Map.of("public.orders", new TargetSizes.Size(12_300_000, 4_402_341_478L)));
        Diagnostic index = new Diagnostic("non-concurrent-index", Severity.ERROR, new Diagnostic.Subject("index",
                "public.orders_note_idx"), "migration 3", "CREATE INDEX builds index public.orders_note_idx on"
                        + " public.orders without CONCURRENTLY", new SourceRef("V3__x.sql", 2, 1));
        assertEquals("V3__x.sql:2:1: error [non-concurrent-index] CREATE INDEX builds index public.orders_note_idx on"
                + " public.orders (12.3 M rows, 4.1 GB on the target) without CONCURRENTLY",
                sizes.annotate(index).line());
        Diagnostic column = new Diagnostic("drop-column", Severity.ERROR, new Diagnostic.Subject("column",
                "public.orders.note"), "migration 3", "ALTER TABLE drops column public.orders.note",
                new SourceRef("V3__x.sql", 1, 1));
        assertEquals("V3__x.sql:1:1: error [drop-column] ALTER TABLE drops column public.orders.note"
                + " (public.orders: 12.3 M rows, 4.1 GB on the target)", sizes.annotate(column).line());
        Diagnostic elsewhere = new Diagnostic("table-rewrite", Severity.ERROR, new Diagnostic.Subject("table",
                "public.events"), "migration 3", "ALTER TABLE rewrites public.events under an ACCESS EXCLUSIVE lock",
                new SourceRef("V3__x.sql", 1, 1));
        assertEquals("V3__x.sql:1:1: info [table-rewrite] ALTER TABLE rewrites public.events under an ACCESS EXCLUSIVE"
                + " lock (public.events is not on the target yet: an earlier pending migration creates it, so it is"
                + " empty when this runs)", sizes.annotate(elsewhere).line());
        Diagnostic newIndex = new Diagnostic("non-concurrent-index", Severity.ERROR, new Diagnostic.Subject("index",
                "public.events_at_idx"), "migration 3", "CREATE INDEX builds index public.events_at_idx of"
                        + " public.events without CONCURRENTLY", new SourceRef("V3__x.sql", 2, 1));
        assertEquals(Severity.INFO, sizes.annotate(newIndex).severity());
        assertTrue(sizes.annotate(newIndex).message().endsWith("(public.events is not on the target yet: an earlier"
                + " pending migration creates it, so it is empty when this runs)"), sizes.annotate(newIndex).message());
        Diagnostic enumValue = new Diagnostic("drop-enum-value", Severity.ERROR, new Diagnostic.Subject("enum",
                "public.mood"), "migration 3", "enum public.mood loses value 'meh'", new SourceRef("V3__x.sql", 1, 1));
        assertEquals(enumValue, sizes.annotate(enumValue)); // a type, not a relation: left as it is
    }
}
