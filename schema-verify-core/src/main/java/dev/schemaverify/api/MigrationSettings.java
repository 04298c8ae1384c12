package dev.schemaverify.api;

/**
 * How the migrations are read, the same for every goal that reads them.
 *
 * @param recursive read the sub-folders of a SQL folder too (the default, as Flyway does)
 * @param ordering {@code version} (the default: by the number in the name, numerically) or {@code filename}
 *     (by the whole file name, as runners that sort names do; files may then share a number)
 * @param contexts Liquibase contexts (a context expression such as {@code prod}); {@code null}: every changeset
 * @param labels a Liquibase label expression; {@code null}: every changeset
 */
public record MigrationSettings(boolean recursive, String ordering, String contexts, String labels) {
    public MigrationSettings {
        ordering = ordering == null || ordering.isBlank() ? "version" : ordering.trim();
        contexts = contexts == null || contexts.isBlank() ? null : contexts.trim();
        labels = labels == null || labels.isBlank() ? null : labels.trim();
    }

    /** Recursive, by version, every changeset. */
    public static MigrationSettings defaults() {
        return new MigrationSettings(true, "version", null, null);
    }
}
