package dev.schemaverify.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** COMMENT ON EXTENSION: compared when switched on, set, and set back to the extension's own comment. */
class ExtensionCommentTest {
    /** Strict: a comment left out means the extension's own. */
    private static final ReconcileOptions COMMENTS = new ReconcileOptions(false, true, false, false, true);

    private static Snapshot snapshot(String comment) {
        return new Snapshot(List.of(new Extension("pgcrypto", "public", "1.3", null, comment)), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    private static List<String> sql(Snapshot actual, Snapshot expected) {
        return Reconciler.plan(actual, expected, COMMENTS).steps().stream().map(ReconcileStep::sql).toList();
    }

    @Test
    void aChangedCommentIsAFindingOnlyWhenCommentsAreOn() {
        assertEquals(List.of("extension pgcrypto: comment expected 'hashes keys', found (none)"),
                SchemaDiff.diff(snapshot("hashes keys"), snapshot(null), new DiffOptions(true, false, true)).stream()
                        .map(Finding::message).toList());
        assertEquals(List.of(), SchemaDiff.diff(snapshot("hashes keys"), snapshot(null), new DiffOptions(true)));
    }

    @Test
    void aCommentIsSetAndNoneMeansTheExtensionsOwnOne() {
        assertEquals(List.of("COMMENT ON EXTENSION pgcrypto IS 'it''s for keys'"), sql(snapshot(null),
                snapshot("it's for keys")));
        assertEquals(List.of("""
                DO $reconcile$
                BEGIN
                    EXECUTE pg_catalog.format('COMMENT ON EXTENSION %I IS %L', 'pgcrypto', (SELECT a.comment FROM pg_catalog.pg_available_extensions a WHERE a.name = 'pgcrypto'));
                END
                $reconcile$"""), sql(snapshot("hashes keys"), snapshot(null)));
    }
}
