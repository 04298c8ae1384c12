package dev.schemaverify.reconcile.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Snapshot;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reconciliation corpus itself is sound: every {@code a.sql} and {@code e.sql} applies cleanly on a
 * fresh database, holds only objects the model verifies (so a reconciliation has nothing to hide behind),
 * and the two sides of a case differ, except in the cases marked {@code no-drift}.
 */
class ReconcileCorpusFilesIT {
    private static final int MINIMUM_CASES = 45;

    @Test
    void corpusIsLargeEnoughAndHasAnIdenticalPair() {
        List<CorpusPair> pairs = CorpusPair.all();
        if (System.getProperty("corpus.only", "").isEmpty()) {
            assertTrue(pairs.size() >= MINIMUM_CASES, "only " + pairs.size() + " cases");
        }
        assertTrue(pairs.stream().anyMatch(p -> p.actualSql().equals(p.expectedSql())),
                "no case whose a.sql and e.sql are the same");
        for (CorpusPair pair : pairs) {
            assertFalse(pair.description().isEmpty(), pair.name() + ": README is missing or empty");
            if (pair.actualSql().equals(pair.expectedSql())) {
                assertTrue(pair.noDrift(), pair.name() + ": identical files must carry the no-drift marker");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPairAppliesAndDiffers() {
        return CorpusPair.all().stream().map(pair -> DynamicTest.dynamicTest(pair.name(), () -> check(pair)));
    }

    private static void check(CorpusPair pair) throws Exception {
        Snapshot actual = createAndInspect(pair.actualSql(), pair.actualDisplay());
        Snapshot expected = createAndInspect(pair.expectedSql(), pair.expectedDisplay());
        assertEquals(List.of(), notVerified(actual), pair.actualDisplay() + ": objects the model does not verify");
        assertEquals(List.of(), notVerified(expected),
                pair.expectedDisplay() + ": objects the model does not verify");

        List<Finding> forward = SchemaDiff.diff(expected, actual, new DiffOptions(true, true, true));
        List<Finding> backward = SchemaDiff.diff(actual, expected, new DiffOptions(true, true, true));
        if (pair.noDrift()) {
            assertEquals("", CorpusDatabases.lines(forward), pair.name() + ": marked no-drift, a -> e");
            assertEquals("", CorpusDatabases.lines(backward), pair.name() + ": marked no-drift, e -> a");
        } else {
            assertFalse(forward.isEmpty(), pair.name() + ": a.sql and e.sql give the same schema");
            assertFalse(backward.isEmpty(), pair.name() + ": e.sql and a.sql give the same schema");
        }
    }

    private static Snapshot createAndInspect(String sql, String display) throws Exception {
        String url = CorpusDatabases.create(sql, display);
        try {
            return CorpusDatabases.inspect(url);
        } finally {
            CorpusDatabases.drop(url);
        }
    }

    private static List<String> notVerified(Snapshot snapshot) {
        return snapshot.notVerified().stream().map(NotVerified::toString).toList();
    }
}
