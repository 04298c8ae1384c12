package dev.schemaverify.api;

import dev.schemaverify.reconcile.ReconcileOptions;
import java.util.List;
import java.util.Objects;

/**
 * What to reconcile: the SQL that turns {@code actual} into {@code expected}, and back.
 *
 * @param expected the schema to reach: a contract, the migrations or a reference database
 * @param actual the schema to change: a database, or the migrations; never a contract
 * @param schemas the schemas to compare; empty means the contract's, or every non-system schema
 * @param options {@code dropUnexpected} is the strict switch for a contract (as is {@code strict: true} in the
 *     contract itself); a database or the migrations on the expected side are complete, so what they lack
 *     is always dropped
 */
public record ReconcileRequest(SchemaSource expected, SchemaSource actual, ShadowSettings shadow, List<String> schemas,
        ReconcileOptions options) {
    public ReconcileRequest {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        options = options == null ? new ReconcileOptions(false, false, false) : options;
    }
}
