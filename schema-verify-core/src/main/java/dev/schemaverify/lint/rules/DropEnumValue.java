package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.MigrationRule;
import dev.schemaverify.lint.ObservedMigration;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A migration leaves an enum type with fewer values than before (PostgreSQL cannot drop a value, so
 * this is a type re-created under the same name). Rows holding the value cannot be converted, and clients
 * sending it fail. Compared by the type's labels before and after the migration; reported at the
 * migration's file.
 */
public final class DropEnumValue implements MigrationRule {
    @Override
    public String id() {
        return "drop-enum-value";
    }

    @Override
    public List<Hit> check(ObservedMigration migration) {
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, List<String>> before : migration.enumsBefore().entrySet()) {
            List<String> after = migration.enumsAfter().get(before.getKey());
            if (after == null) {
                continue;
            }
            for (String label : before.getValue()) {
                if (!after.contains(label)) {
                    hits.add(new Hit(new Diagnostic.Subject("enum", before.getKey()), "enum " + before.getKey()
                            + " loses its value '" + label + "'", SourceRef.file(migration.location())));
                }
            }
        }
        return hits;
    }
}
