package dev.schemaverify.migrate;

import java.util.Objects;

/**
 * How a {@link SqlMigrationFolder} is read.
 *
 * @param recursive read sub-folders too (Flyway reads its locations recursively); when false, a sub-folder
 *     holding {@code .sql} files is reported as not read, never passed over in silence
 * @param ordering how migrations are ordered and identified
 * @param requireRollbacks whether a migration without rollback is a {@code missing-rollback} error;
 *     {@code null} decides by the folder's layout (see {@link SqlMigrationFolder#rollbacksRequired()})
 */
public record FolderOptions(boolean recursive, Ordering ordering, Boolean requireRollbacks) {
    public FolderOptions {
        Objects.requireNonNull(ordering, "ordering");
    }

    /**
     * How the steps of a numbered layout are ordered. Flyway names always order by version, as Flyway does.
     */
    public enum Ordering {
        /** By the number in front of the name, compared numerically ({@code 2} before {@code 10}); one file per number. */
        VERSION,
        /**
         * By the whole file (or folder) name, as runners that simply sort names do (golang-migrate, sqlx):
         * several files may share a number prefix ({@code 0000_a.up.sql}, {@code 0000_b.up.sql}), and the
         * name without its suffix ({@code 0000_a}) is the version recorded in history.
         */
        FILENAME;

        /** {@code version} or {@code filename}, as a user writes it. */
        public static Ordering parse(String text) {
            if (text == null || text.isBlank()) {
                return VERSION;
            }
            for (Ordering ordering : values()) {
                if (ordering.name().equalsIgnoreCase(text.trim())) {
                    return ordering;
                }
            }
            throw new IllegalArgumentException("ordering is '" + text + "'; use version or filename");
        }
    }

    /** Recursive, ordered by version, rollbacks required as the layout says. */
    public static FolderOptions defaults() {
        return new FolderOptions(true, Ordering.VERSION, null);
    }

    /** These options with an explicit rollback requirement. */
    public FolderOptions withRequireRollbacks(Boolean required) {
        return new FolderOptions(recursive, ordering, required);
    }
}
