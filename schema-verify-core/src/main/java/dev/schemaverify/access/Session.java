package dev.schemaverify.access;

import dev.schemaverify.access.AccessTests.Fixture;
import dev.schemaverify.access.AccessTests.Value;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check's transaction: begun with a statement timeout (and read-only on a live target), the fixture
 * rows inserted, the actor's role and settings set with {@code SET LOCAL} / {@code set_config(..., true)},
 * and always rolled back, so nothing persists and no check sees another's rows.
 */
final class Session implements AutoCloseable {
    /** A fixture row as inserted: its table as written, its tuple id and every column as text. */
    record Row(String fixture, String table, String ctid, Map<String, String> columns) {
    }

    private final Connection connection;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final java.util.Set<String> set = new java.util.TreeSet<>();

    private Session(Connection connection) {
        this.connection = connection;
    }

    /** Begins the transaction. */
    static Session begin(Connection connection, boolean readOnly, int timeoutSeconds) throws SQLException {
        connection.setAutoCommit(false);
        Session session = new Session(connection);
        try (Statement statement = connection.createStatement()) {
            if (readOnly) {
                statement.execute("SET TRANSACTION READ ONLY");
            }
            statement.execute("SET LOCAL statement_timeout = '" + timeoutSeconds + "s'");
        }
        return session;
    }

    Map<String, Row> rows() {
        return rows;
    }

    /** Inserts one fixture row (under the session already set) and keeps what it became. */
    void insert(Fixture fixture) throws SQLException {
        List<String> columns = new ArrayList<>(fixture.values().keySet());
        String sql = "INSERT INTO " + fixture.table()
                + (columns.isEmpty() ? " DEFAULT VALUES" : " (" + String.join(", ", columns.stream().map(Session::quote)
                        .toList()) + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")
                + " RETURNING ctid::text AS \"schema_verify ctid\", *";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, new ArrayList<>(fixture.values().values()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                Map<String, String> values = columnsOf(result);
                String ctid = values.remove("schema_verify ctid");
                rows.put(fixture.name(), new Row(fixture.name(), fixture.table(), ctid, values));
            }
        }
    }

    /** Becomes {@code role} (or stays the login, for {@code null}) with these settings, for this transaction. */
    void become(String role, Map<String, String> settings) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL ROLE " + (role == null ? "NONE" : quote(role)));
        }
        // settings of an earlier session of this transaction (a fixture's actor) must not leak into this one
        Map<String, String> all = new LinkedHashMap<>();
        set.forEach(name -> all.put(name, ""));
        all.putAll(settings);
        set.addAll(settings.keySet());
        for (Map.Entry<String, String> setting : all.entrySet()) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, true)")) {
                statement.setString(1, setting.getKey());
                statement.setString(2, setting.getValue() == null ? "" : setting.getValue());
                statement.execute();
            }
        }
    }

    /** A value as text: a literal, or the referenced fixture column read back after its insert. */
    String resolve(Value value) {
        if (!value.isRef()) {
            return value.text();
        }
        Row row = rows.get(value.refFixture());
        if (row == null) {
            throw new Unresolved(value, "fixture '" + value.refFixture() + "' is not inserted in this transaction");
        }
        if (!row.columns().containsKey(value.refColumn())) {
            throw new Unresolved(value, "fixture '" + value.refFixture() + "' (" + row.table() + ") has no column '"
                    + value.refColumn() + "'; its columns are " + String.join(", ", row.columns().keySet()));
        }
        return row.columns().get(value.refColumn());
    }

    /** Binds values as untyped text, so PostgreSQL types them from the column or argument they meet. */
    void bind(PreparedStatement statement, List<Value> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            String text = resolve(values.get(i));
            if (text == null) {
                statement.setNull(i + 1, Types.OTHER);
            } else {
                statement.setObject(i + 1, text, Types.OTHER);
            }
        }
    }

    /** Every row of a result, columns as text in result order. */
    static List<Map<String, String>> all(ResultSet result) throws SQLException {
        List<Map<String, String>> all = new ArrayList<>();
        while (result.next()) {
            all.add(columnsOf(result));
        }
        return all;
    }

    private static Map<String, String> columnsOf(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnName(i), result.getString(i));
        }
        return values;
    }

    Connection connection() {
        return connection;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }

    /** A reference that cannot be resolved in this transaction: an error at the reference. */
    static final class Unresolved extends RuntimeException {
        final transient Value value;

        Unresolved(Value value, String message) {
            super(message);
            this.value = value;
        }
    }
}
