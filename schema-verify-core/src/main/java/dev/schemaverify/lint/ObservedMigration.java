package dev.schemaverify.lint;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One migration as applied to the shadow database: its statements as observed, and the schema facts
 * before and after it that no single statement shows (enum labels).
 *
 * @param group the report group, {@code migration 3 add orders}
 * @param location the migration's file
 * @param transactional whether it ran in one transaction
 * @param statements each statement as observed, in order
 * @param enumsBefore each enum type's labels before the migration
 * @param enumsAfter each enum type's labels after it
 */
public record ObservedMigration(String group, String location, boolean transactional,
        List<ObservedStatement> statements, Map<String, List<String>> enumsBefore,
        Map<String, List<String>> enumsAfter) {
    public ObservedMigration {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(location, "location");
        statements = List.copyOf(statements);
        enumsBefore = Map.copyOf(enumsBefore);
        enumsAfter = Map.copyOf(enumsAfter);
    }
}
