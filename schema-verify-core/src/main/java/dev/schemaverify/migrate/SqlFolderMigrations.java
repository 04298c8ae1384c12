package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plain SQL migration folder of the foundation: {@code V<version>__<description>.sql} (Flyway style)
 * or {@code <number>_<description>.sql} files, applied in version order, one transaction each.
 *
 * <p>Versions compare numerically part by part ({@code 1.10} after {@code 1.9}; {@code 1_1} is
 * {@code 1.1}; {@code 001} is {@code 1}). Repeatable {@code R__<description>.sql} files apply after
 * all versioned ones, by file name. Undo and rollback files ({@code U1__x.sql}, {@code *.down.sql},
 * {@code *_rollback.sql}, {@code *.rollback.sql}) are not forward migrations and are skipped here.
 * Files not ending in {@code .sql} are ignored; a {@code .sql} file whose name fits none of these
 * layouts is an error, so that a misnamed migration is never silently left out.
 *
 * <p>Superseded by {@link SqlMigrationFolder} (one layout per folder, rollbacks, hygiene problems), which
 * the {@code api} facade uses; kept until nothing else does.
 */
public final class SqlFolderMigrations {
    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final Pattern FLYWAY_UNDO = Pattern.compile("U\\d+(?:[._]\\d+)*__.+\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__.+\\.sql");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)_.+\\.sql");
    private static final Pattern ROLLBACK = Pattern.compile(".+(?:\\.down|_rollback|\\.rollback)\\.sql");

    private final Path folder;
    private final String displayFolder;

    /** {@code displayFolder} is how the folder is named in messages (usually relative to the project). */
    public SqlFolderMigrations(Path folder, String displayFolder) {
        this.folder = folder;
        this.displayFolder = displayFolder;
    }

    /** The forward migration files in the order they apply. */
    public List<Path> files() {
        if (!Files.isDirectory(folder)) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION,
                    "migrations folder " + displayFolder + " does not exist");
        }
        List<Versioned> versioned = new ArrayList<>();
        List<Path> repeatable = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : (Iterable<Path>) entries.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".sql") || !Files.isRegularFile(file)
                        || ROLLBACK.matcher(name).matches() || FLYWAY_UNDO.matcher(name).matches()) {
                    continue;
                }
                if (REPEATABLE.matcher(name).matches()) {
                    repeatable.add(file);
                    continue;
                }
                MigrationVersion version = versionOf(name);
                if (version == null) {
                    throw new SchemaVerifyException(ErrorCode.CONFIGURATION, displayFolder + "/" + name
                            + ": not a migration file name; name it V<version>__<description>.sql,"
                            + " <number>_<description>.sql or R__<description>.sql");
                }
                versioned.add(new Versioned(version, file));
            }
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO,
                    "cannot list migrations folder " + displayFolder + ": " + e.getMessage(), e);
        }
        versioned.sort(Comparator.comparing(Versioned::version).thenComparing(Versioned::file));
        List<Path> ordered = new ArrayList<>();
        for (int i = 0; i < versioned.size(); i++) {
            if (i > 0 && versioned.get(i - 1).version().compareTo(versioned.get(i).version()) == 0) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "migrations " + display(versioned.get(i - 1).file())
                        + " and " + display(versioned.get(i).file()) + " have the same version "
                        + versioned.get(i).version() + "; give one of them a new version");
            }
            ordered.add(versioned.get(i).file());
        }
        ordered.addAll(repeatable);
        return List.copyOf(ordered);
    }

    /** Applies every migration; a failure names the file, line and PostgreSQL's message. */
    public int applyAll(Connection connection) {
        List<Path> files = files();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (Path file : files) {
                    apply(connection, file);
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION,
                    "lost the connection while applying migrations from " + displayFolder + ": " + e.getMessage(), e);
        }
        return files.size();
    }

    private void apply(Connection connection, Path file) throws SQLException {
        String name = display(file);
        try {
            SqlScripts.execute(connection, SqlScripts.read(file, name), name, 0);
            connection.commit();
        } catch (SchemaVerifyException | SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            if (e instanceof SQLException sql) {
                throw new SchemaVerifyException(ErrorCode.SQL, name + ": " + sql.getMessage(), sql);
            }
            throw (SchemaVerifyException) e;
        }
    }

    private String display(Path file) {
        return displayFolder + "/" + file.getFileName();
    }

    private static MigrationVersion versionOf(String name) {
        Matcher flyway = FLYWAY_VERSIONED.matcher(name);
        if (flyway.matches()) {
            return MigrationVersion.parse(flyway.group(1));
        }
        Matcher numbered = NUMBERED.matcher(name);
        return numbered.matches() ? MigrationVersion.parse(numbered.group(1)) : null;
    }

    private record Versioned(MigrationVersion version, Path file) {
    }
}
