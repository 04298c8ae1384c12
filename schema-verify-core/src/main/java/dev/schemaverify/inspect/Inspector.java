package dev.schemaverify.inspect;

import dev.schemaverify.model.Snapshot;
import java.sql.Connection;

/** Reads a live database's catalog into a {@link Snapshot} with a small, fixed number of bulk queries. */
public final class Inspector {
    private final InspectOptions options;

    public Inspector(InspectOptions options) {
        this.options = options;
    }

    /** Inspects the database behind {@code connection}; never changes it. */
    public Snapshot inspect(Connection connection) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
