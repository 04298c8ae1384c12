package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Test-only migrations from SQL strings, in the order they are added. */
final class InMemorySource implements MigrationSource {
    private final List<MigrationStep> steps = new ArrayList<>();

    InMemorySource versioned(String version, String description, String sql) {
        steps.add(new Step(version, description, "db/V" + version + "__" + description.replace(' ', '_') + ".sql",
                sql, false, true, null));
        return this;
    }

    /** A versioned step whose history row records {@code rollbackChecksum}, as a step with a down does. */
    InMemorySource versioned(String version, String description, String sql, String rollbackChecksum) {
        steps.add(new Step(version, description, "db/V" + version + "__" + description.replace(' ', '_') + ".sql",
                sql, false, true, rollbackChecksum));
        return this;
    }

    InMemorySource nonTransactional(String version, String description, String sql) {
        steps.add(new Step(version, description, "db/V" + version + "__" + description.replace(' ', '_') + ".sql",
                sql, false, false, null));
        return this;
    }

    InMemorySource repeatable(String name, String sql) {
        steps.add(new Step(name, name, "db/R__" + name + ".sql", sql, true, true, null));
        return this;
    }

    @Override
    public String describe() {
        return "in-memory migrations";
    }

    @Override
    public List<MigrationStep> steps() {
        return List.copyOf(steps);
    }

    @Override
    public List<MigrationProblem> problems() {
        return List.of();
    }

    private record Step(String version, String description, String location, String sql, boolean repeatable,
            boolean transactional, String rollbackChecksum) implements MigrationStep {
        @Override
        public String rollbackLocation() {
            return null;
        }

        @Override
        public String checksum() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(sql.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void apply(Connection connection) {
            for (SqlStatement statement : SqlSplitter.split(sql, location)) {
                try (Statement jdbc = connection.createStatement()) {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
                    int[] at = statement.lineAndColumnAt(server == null ? 0 : server.getPosition());
                    throw new SchemaVerifyException(ErrorCode.SQL, location + ":" + at[0] + ":" + at[1] + ": "
                            + (server == null ? e.getMessage() : server.getMessage()), e);
                }
            }
        }

        @Override
        public void rollback(Connection connection) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, location + " has no rollback");
        }
    }
}
