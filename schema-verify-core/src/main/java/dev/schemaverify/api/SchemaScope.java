package dev.schemaverify.api;

import dev.schemaverify.model.Snapshot;
import java.util.List;

/**
 * Extensions are database-wide, so the inspector reads every one whatever the schemas. When the user
 * names the schemas to check ({@code schemas=...}), an extension installed in another schema is outside
 * the check: neither compared nor reconciled (no {@code DROP EXTENSION} for it), on both sides alike.
 */
final class SchemaScope {
    private SchemaScope() {
    }

    /** {@code snapshot} without the extensions outside {@code schemas}; unchanged when no schema is named. */
    static Snapshot extensionsWithin(Snapshot snapshot, List<String> schemas) {
        if (schemas.isEmpty()) {
            return snapshot;
        }
        return new Snapshot(snapshot.extensions().stream()
                .filter(e -> e.schema() == null || schemas.contains(e.schema())).toList(),
                snapshot.schemas(), snapshot.enums(), snapshot.sequences(), snapshot.tables(), snapshot.views(),
                snapshot.routines(), snapshot.notVerified());
    }
}
