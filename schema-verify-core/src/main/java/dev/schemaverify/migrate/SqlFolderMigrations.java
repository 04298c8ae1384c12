package dev.schemaverify.migrate;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * The plain SQL migration folder of the foundation: {@code V<version>__<description>.sql} (Flyway style)
 * or {@code <number>_<description>.sql} files, applied in version order, one transaction each.
 */
public final class SqlFolderMigrations {
    private final Path folder;
    private final String displayFolder;

    /** {@code displayFolder} is how the folder is named in messages (usually relative to the project). */
    public SqlFolderMigrations(Path folder, String displayFolder) {
        this.folder = folder;
        this.displayFolder = displayFolder;
    }

    /** The forward migration files in the order they apply. */
    public List<Path> files() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Applies every migration; a failure names the file, line and PostgreSQL's message. */
    public int applyAll(Connection connection) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
