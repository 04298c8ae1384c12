package dev.schemaverify.api;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the migrations are read, the same for every goal that reads them.
 *
 * @param recursive read the sub-folders of a SQL folder too (the default, as Flyway does)
 * @param ordering {@code version} (the default: by the number in the name, numerically) or {@code filename}
 *     (by the whole file name, as runners that sort names do; files may then share a number)
 * @param contexts Liquibase contexts (a context expression such as {@code prod}); {@code null}: every changeset
 * @param labels a Liquibase label expression; {@code null}: every changeset
 * @param placeholders values of the {@code ${name}} placeholders replaced in a SQL folder's scripts when they
 *     run, by every goal that runs them (migrate, and the shadow database of verify, inspect, diff,
 *     rollback-check and rollback), so a shadow is built from the same SQL a target receives; empty: none
 * @param placeholdersInDollarQuotes replace placeholders inside dollar-quoted bodies too
 */
public record MigrationSettings(boolean recursive, String ordering, String contexts, String labels,
        Map<String, String> placeholders, boolean placeholdersInDollarQuotes) {
    public MigrationSettings {
        ordering = ordering == null || ordering.isBlank() ? "version" : ordering.trim();
        contexts = contexts == null || contexts.isBlank() ? null : contexts.trim();
        labels = labels == null || labels.isBlank() ? null : labels.trim();
        placeholders = java.util.Collections.unmodifiableMap(new TreeMap<>(placeholders == null ? Map.of() : placeholders));
    }

    /** Settings without placeholders. */
    public MigrationSettings(boolean recursive, String ordering, String contexts, String labels) {
        this(recursive, ordering, contexts, labels, Map.of(), false);
    }

    /** Recursive, by version, every changeset. */
    public static MigrationSettings defaults() {
        return new MigrationSettings(true, "version", null, null);
    }
}
