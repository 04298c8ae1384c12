package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.SqlFolderMigrations;
import dev.schemaverify.migrate.SqlSplitter;
import dev.schemaverify.migrate.SqlStatement;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Builds the {@link MigrationSource} a request names: a SQL folder (and, later, a Liquibase changelog). */
public final class MigrationSources {
    private MigrationSources() {
    }

    /**
     * The SQL migration folder {@code folder}, named {@code display} in messages (relative to the project).
     *
     * <p>For now this adapts the plain folder reader: versioned files by version, then repeatables; every
     * step transactional; no rollbacks. The folder reader for every layout replaces it.
     */
    public static MigrationSource forFolder(Path folder, String display) {
        return new FolderSource(folder, display);
    }

    private record FolderSource(Path folder, String display) implements MigrationSource {
        private static final Pattern NAME = Pattern.compile("(?:V(\\d+(?:[._]\\d+)*)__|(\\d+)_|R__)(.+)\\.sql");

        @Override
        public String describe() {
            return "SQL folder " + display;
        }

        @Override
        public List<MigrationStep> steps() {
            return new SqlFolderMigrations(folder, display).files().stream().map(this::step).toList();
        }

        @Override
        public List<MigrationProblem> problems() {
            return List.of();
        }

        private MigrationStep step(Path file) {
            String name = file.getFileName().toString();
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalStateException("the folder reader returned an unexpected file " + name);
            }
            String version = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String description = matcher.group(3).replace('_', ' ');
            String location = display + "/" + name;
            return new FileStep(version == null ? description : version, description, location, file, version == null);
        }
    }

    private record FileStep(String version, String description, String location, Path file, boolean repeatable)
            implements MigrationStep {
        @Override
        public String rollbackLocation() {
            return null;
        }

        /** Line endings do not count, so a Windows checkout does not look edited. */
        @Override
        public String checksum() {
            try {
                byte[] text = read().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        @Override
        public boolean transactional() {
            return true;
        }

        @Override
        public void apply(Connection connection) {
            try (Statement jdbc = connection.createStatement()) {
                jdbc.setEscapeProcessing(false);
                for (SqlStatement statement : SqlSplitter.split(read(), location)) {
                    try {
                        jdbc.execute(statement.sql());
                    } catch (SQLException e) {
                        throw failure(statement, e);
                    }
                }
            } catch (SQLException e) {
                throw new SchemaVerifyException(ErrorCode.SQL, location + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void rollback(Connection connection) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, location + " has no rollback");
        }

        private SchemaVerifyException failure(SqlStatement statement, SQLException e) {
            ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
            int[] at = statement.lineAndColumnAt(server == null ? 0 : server.getPosition());
            StringBuilder message = new StringBuilder(location).append(':').append(at[0]).append(':').append(at[1])
                    .append(": ").append(server == null || server.getMessage() == null ? e.getMessage()
                            : server.getMessage());
            if (server != null && server.getDetail() != null) {
                message.append("; detail: ").append(server.getDetail());
            }
            if (server != null && server.getHint() != null) {
                message.append("; hint: ").append(server.getHint());
            }
            return new SchemaVerifyException(ErrorCode.SQL, message.toString(), e);
        }

        private String read() {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SchemaVerifyException(ErrorCode.IO, location + ": cannot read: " + e.getMessage(), e);
            }
        }
    }
}
