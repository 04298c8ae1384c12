package dev.schemaverify.inspect;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the catalog queries kept as {@code .sql} resources next to this class, and every other statement
 * of an inspection, counting them so that tests can prove the count does not grow with the schema.
 */
final class CatalogQueries {
    private static final Map<String, String> RESOURCES = new ConcurrentHashMap<>();

    private final Connection connection;
    private int statements;

    CatalogQueries(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** How many statements ran through this runner. */
    int statementCount() {
        return statements;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs resource {@code name}.sql; each parameter that is a {@code List<String>} is bound as text[]. */
    <T> List<T> query(String name, RowMapper<T> mapper, Object... parameters) {
        return run(name, resource(name), mapper, parameters);
    }

    /**
     * Rows fetched per round trip where the session is in a transaction (every inspection's is): the columns
     * of 5,000 tables are 59,000 rows, which pgjdbc would otherwise hold all at once before the first is
     * mapped (peak RSS of inspect at that size 385-436 MiB before, 330-406 after, in 9 alternating pairs).
     */
    private static final int FETCH_SIZE = 1000;

    private <T> List<T> run(String name, String sql, RowMapper<T> mapper, Object... parameters) {
        statements++;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    rows.add(mapper.map(resultSet));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure("catalog query " + name + ".sql", e);
        }
    }

    /**
     * Runs resource {@code name}.sql keeping only the rows whose {@code column} (a relation or routine
     * name, of type {@code name}) is one of {@code names}. The filter wraps the query, so PostgreSQL pushes
     * it down to the catalog's name indexes: reading back a hundred temporary objects then costs the same
     * whatever the size of the database, instead of a scan of the whole catalog per read.
     */
    <T> List<T> queryWithin(String name, String column, List<String> names, RowMapper<T> mapper,
            Object... parameters) {
        Object[] all = Arrays.copyOf(parameters, parameters.length + 1);
        all[parameters.length] = names;
        return run(name, "SELECT * FROM (\n" + resource(name) + "\n) AS within_names WHERE within_names." + column
                + " = ANY (?::text[]::name[])", mapper, all);
    }

    /** Runs one ad-hoc statement (settings, savepoints, temporary objects). */
    void execute(String sql) {
        statements++;
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure("statement '" + abbreviate(sql) + "'", e);
        }
    }

    /** Runs {@code sql} and returns the first column of its first row. */
    String queryString(String sql, Object... parameters) {
        statements++;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                return resultSet.next() ? resultSet.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure("statement '" + abbreviate(sql) + "'", e);
        }
    }

    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof List<?> list) {
            statement.setArray(index, connection.createArrayOf("text", list.toArray()));
        } else {
            statement.setObject(index, value);
        }
    }

    static SchemaVerifyException failure(String what, SQLException e) {
        String state = e.getSQLState();
        boolean connectionProblem = state != null && state.startsWith("08");
        ErrorCode code = connectionProblem ? ErrorCode.CONNECTION : ErrorCode.SQL;
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String hint = connectionProblem ? "; check that the database is reachable and the connection is open" : "";
        return new SchemaVerifyException(code, what + " failed: " + reason + hint
                + (state == null ? "" : " (SQLSTATE " + state + ")"), e);
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }

    static String resource(String name) {
        return RESOURCES.computeIfAbsent(name, key -> {
            try (InputStream in = CatalogQueries.class.getResourceAsStream(key + ".sql")) {
                if (in == null) {
                    throw new IllegalStateException("missing catalog query resource " + key + ".sql");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read catalog query " + key + ".sql", e);
            }
        });
    }

    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(value -> (String) value).toList();
    }

    static Boolean bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    static Long longValue(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
