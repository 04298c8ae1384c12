package dev.schemaverify.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What to inspect: a live database ({@code target}) or, without one, a shadow database built from the
 * migrations.
 *
 * @param schemas the schemas to read; empty means every non-system schema
 * @param exclude schemas to leave out
 */
public record InspectRequest(
        Path migrations,
        String migrationsDisplay,
        DatabaseTarget target,
        ShadowSettings shadow,
        List<String> schemas,
        List<String> exclude) {
    public InspectRequest {
        shadow = shadow == null ? ShadowSettings.embedded() : shadow;
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
}
