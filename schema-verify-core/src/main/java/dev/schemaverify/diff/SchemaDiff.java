package dev.schemaverify.diff;

import dev.schemaverify.model.Snapshot;
import java.util.List;

/** Compares an expected snapshot with an actual one. Pure: no I/O, deterministic order. */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /** Every difference, sorted by path. */
    public static List<Finding> diff(Snapshot expected, Snapshot actual, DiffOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
