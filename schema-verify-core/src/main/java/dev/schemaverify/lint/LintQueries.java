package dev.schemaverify.lint;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs lint's catalog queries, one {@code .sql} resource each next to this class, each over all rows of its kind. */
public final class LintQueries {
    private static final Map<String, String> RESOURCES = new ConcurrentHashMap<>();

    private LintQueries() {
    }

    /** Maps one result row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs resource {@code name}.sql; a {@code List} parameter is bound as an array ({@code text[]} or {@code bigint[]}). */
    public static <T> List<T> query(Connection connection, String name, Row<T> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(resource(name))) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof List<?> list) {
                    boolean numbers = !list.isEmpty() && list.get(0) instanceof Long;
                    statement.setArray(i + 1, connection.createArrayOf(numbers ? "bigint" : "text", list.toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL, "lint query " + name + ".sql failed: " + e.getMessage(), e);
        }
    }

    /**
     * Prepares resource {@code name}.sql once, for a query run after every statement: the driver then
     * keeps it prepared on the server, so it is planned once rather than every time.
     */
    public static PreparedStatement prepare(Connection connection, String name) {
        try {
            return connection.prepareStatement(resource(name));
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL, "lint query " + name + ".sql failed: " + e.getMessage(), e);
        }
    }

    /** Runs a statement made by {@link #prepare}, without parameters. */
    public static <T> List<T> query(PreparedStatement statement, String name, Row<T> mapper) {
        List<T> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(mapper.map(result));
            }
            return rows;
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL, "lint query " + name + ".sql failed: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        return RESOURCES.computeIfAbsent(name, key -> {
            try (InputStream in = LintQueries.class.getResourceAsStream(key + ".sql")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + key + ".sql");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read resource " + key + ".sql", e);
            }
        });
    }
}
