package dev.schemaverify.access;

import dev.schemaverify.access.AccessTests.Matrix;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RLS matrix: for every table with row-level security and every API role, what select, insert,
 * update and delete do for a caller with no claims, each tried in its own rolled-back transaction with
 * the fixtures inserted. A cell is {@code denied} (a grant or a policy refused it), a row count (select
 * sees, update and delete touch that many rows) or, for insert, {@code allowed} (neither a grant nor a
 * policy refused an empty row; a constraint may still reject it). A pinned matrix fails on any change.
 */
final class RlsMatrix {
    /** The matrix rows, the test cases and diagnostics of a pinned matrix, and the YAML to pin it. */
    record Result(List<List<String>> rows, List<String> checked, List<Diagnostic> diagnostics, List<String> pin) {
    }

    private record RlsTable(String name, String sql, String updateColumn) {
    }

    private static final String CHANGED = "access-matrix-changed";

    private final AccessTests tests;
    private final AccessTestRunner.Options options;

    RlsMatrix(AccessTests tests, AccessTestRunner.Options options) {
        this.tests = tests;
        this.options = options;
    }

    Result compute(Connection connection) throws SQLException {
        Matrix matrix = tests.matrix();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> missingRoles = missingRoles(connection, matrix.roles());
        if (!missingRoles.isEmpty()) {
            diagnostics.add(new Diagnostic(AccessTestRunner.ERROR, Severity.ERROR, new Diagnostic.Subject("rls matrix",
                    "roles"), "rls matrix", "the rls matrix cannot run: role " + String.join(", ", missingRoles)
                    + (missingRoles.size() == 1 ? " does" : " do") + " not exist; create it in a migration, or list"
                    + " the API roles under matrix: roles:", matrix.rolesSource()));
            return new Result(List.of(), List.of(), diagnostics, List.of());
        }
        List<RlsTable> tables = tables(connection, matrix.schemas());
        List<List<String>> rows = new ArrayList<>();
        Map<String, Map<String, Map<String, String>>> found = new LinkedHashMap<>();
        for (RlsTable table : tables) {
            for (String role : matrix.roles()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String command : AccessTestReader.COMMANDS) {
                    cells.put(command, cell(connection, table, role, command, diagnostics));
                }
                found.computeIfAbsent(table.name(), t -> new LinkedHashMap<>()).put(role, cells);
                List<String> row = new ArrayList<>(List.of(table.name(), role));
                row.addAll(cells.values());
                rows.add(row);
            }
        }
        List<String> checked = new ArrayList<>();
        if (matrix.isPinned()) {
            compare(matrix, found, checked, diagnostics);
        }
        return new Result(rows, checked, diagnostics, pin(found));
    }

    /** Each pinned table and role is a test case; a cell that differs, or a table on one side only, fails. */
    private void compare(Matrix matrix, Map<String, Map<String, Map<String, String>>> found, List<String> checked,
            List<Diagnostic> diagnostics) {
        for (Map.Entry<String, Map<String, Map<String, String>>> table : found.entrySet()) {
            Map<String, Map<String, String>> pinned = matrix.pinned().get(table.getKey());
            for (Map.Entry<String, Map<String, String>> role : table.getValue().entrySet()) {
                String group = group(table.getKey(), role.getKey());
                checked.add(group);
                if (pinned == null) {
                    diagnostics.add(changed(group, table.getKey(), role.getKey(), table.getKey()
                            + " has row-level security but is not pinned in the matrix; found " + describe(role.getValue())
                            + "; add it under matrix: expect:", matrix.source()));
                    continue;
                }
                List<String> differences = new ArrayList<>();
                for (String command : AccessTestReader.COMMANDS) {
                    String expected = pinned.get(role.getKey()).get(command);
                    String actual = role.getValue().get(command);
                    if (!expected.equals(actual)) {
                        differences.add(command + " pinned " + expected + ", found " + actual);
                    }
                }
                if (!differences.isEmpty()) {
                    diagnostics.add(changed(group, table.getKey(), role.getKey(), "rls matrix " + table.getKey()
                            + " as " + role.getKey() + " changed: " + String.join("; ", differences),
                            matrix.pinnedSources().get(table.getKey())));
                }
            }
        }
        for (String table : matrix.pinned().keySet()) {
            if (!found.containsKey(table)) {
                String group = "rls matrix " + table;
                checked.add(group);
                diagnostics.add(changed(group, table, null, table + " is pinned in the matrix but is not a table with"
                        + " row-level security in " + (matrix.schemas().isEmpty() ? "the database"
                        : "schemas " + String.join(", ", matrix.schemas())) + " (name it schema.table, as the"
                        + " matrix lists it)", matrix.pinnedSources().get(table)));
            }
        }
    }

    private static Diagnostic changed(String group, String table, String role, String message, SourceRef at) {
        return new Diagnostic(CHANGED, Severity.ERROR, new Diagnostic.Subject("rls matrix", table
                + (role == null ? "" : " as " + role)), group, message, at);
    }

    static String group(String table, String role) {
        return "rls matrix " + table + " as " + role;
    }

    private static String describe(Map<String, String> cells) {
        List<String> parts = new ArrayList<>();
        cells.forEach((command, cell) -> parts.add(command + " " + cell));
        return String.join(", ", parts);
    }

    /** One command as one role with no claims, in its own transaction with the fixtures. */
    private String cell(Connection connection, RlsTable table, String role, String command, List<Diagnostic> diagnostics)
            throws SQLException {
        String sql = switch (command) {
            case "select" -> "SELECT count(*) FROM " + table.sql();
            case "insert" -> "INSERT INTO " + table.sql() + " DEFAULT VALUES";
            case "update" -> table.updateColumn() == null ? null : "UPDATE " + table.sql() + " SET "
                    + Session.quote(table.updateColumn()) + " = " + Session.quote(table.updateColumn());
            default -> "DELETE FROM " + table.sql();
        };
        if (sql == null) {
            return "n/a";
        }
        try (Session session = Session.begin(connection, false, options.statementTimeoutSeconds())) {
            AccessTestRunner.insertFixtures(tests, session);
            session.become(role, Map.of());
            try (Statement statement = connection.createStatement()) {
                if (statement.execute(sql)) {
                    try (ResultSet result = statement.getResultSet()) {
                        result.next();
                        return String.valueOf(result.getLong(1));
                    }
                }
                return command.equals("insert") ? "allowed" : String.valueOf(statement.getUpdateCount());
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    return "denied";
                }
                if (command.equals("insert") && e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    // a grant and the policies let the row through; a constraint rejected the empty row
                    return "allowed";
                }
                diagnostics.add(new Diagnostic(AccessTestRunner.ERROR, Severity.ERROR, new Diagnostic.Subject(
                        "rls matrix", table.name() + " as " + role), group(table.name(), role), "rls matrix: " + command
                        + " on " + table.name() + " as " + role + " failed: " + AccessTestRunner.sqlError(e),
                        tests.matrix().source()));
                return "error " + e.getSQLState();
            }
        }
    }

    private static List<String> missingRoles(Connection connection, List<String> roles) throws SQLException {
        List<String> missing = new ArrayList<>(roles);
        try (PreparedStatement statement = connection.prepareStatement(resource("roles.sql"))) {
            statement.setArray(1, connection.createArrayOf("text", roles.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    missing.remove(result.getString(1));
                }
            }
        }
        return missing;
    }

    private static List<RlsTable> tables(Connection connection, List<String> schemas) throws SQLException {
        List<RlsTable> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(resource("rls_tables.sql"))) {
            Array array = connection.createArrayOf("text", schemas.toArray());
            statement.setArray(1, array);
            statement.setArray(2, array);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.add(new RlsTable(result.getString(1) + "." + result.getString(2), Session.quote(result.getString(1))
                            + "." + Session.quote(result.getString(2)), result.getString(3)));
                }
            }
        }
        return tables;
    }

    private static String resource(String name) {
        try (InputStream in = RlsMatrix.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The matrix as YAML to paste under {@code matrix: expect:}. */
    private static List<String> pin(Map<String, Map<String, Map<String, String>>> found) {
        List<String> lines = new ArrayList<>();
        found.forEach((table, roles) -> {
            lines.add("    " + table + ":");
            roles.forEach((role, cells) -> lines.add("      " + role + ": {" + String.join(", ", cells.entrySet()
                    .stream().map(c -> c.getKey() + ": " + c.getValue()).toList()) + "}"));
        });
        return lines;
    }
}
