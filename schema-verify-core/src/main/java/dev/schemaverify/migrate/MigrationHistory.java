package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.SchemaVerifyException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The history table {@code schema_verify_history}: which migrations a database holds, with their
 * checksums, so that pending, edited and missing migrations can be told apart.
 */
public final class MigrationHistory {
    /** The table's name; its schema is configurable. */
    public static final String TABLE = "schema_verify_history";
    /** The schema the table lives in unless told otherwise. */
    public static final String DEFAULT_SCHEMA = "public";

    private final String schema;
    private final String qualified;

    public MigrationHistory(String schema) {
        this.schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema;
        this.qualified = Identifiers.quoteAlways(this.schema) + "." + Identifiers.quoteAlways(TABLE);
    }

    /** {@code public.schema_verify_history}, for messages. */
    public String displayName() {
        return schema + "." + TABLE;
    }

    /**
     * The advisory lock key: fixed for a given history table, so that every run against the same
     * table serializes, whatever the client.
     */
    public long lockKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("schema-verify:" + displayName()).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = (key << 8) | (digest[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, qualified);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Creates the schema and table when absent; call it holding the lock. Checks first, because even
     * {@code IF NOT EXISTS} needs the CREATE privilege, which a deploy login may lack once the table exists.
     */
    public void createIfAbsent(Connection connection) throws SQLException {
        if (exists(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (!schemaExists(connection)) {
                statement.execute("CREATE SCHEMA " + Identifiers.quoteAlways(schema));
            }
            statement.execute("CREATE TABLE IF NOT EXISTS " + qualified + " (\n"
                    + "    installed_rank integer PRIMARY KEY,\n"
                    + "    version text NOT NULL,\n"
                    + "    description text NOT NULL,\n"
                    + "    type text NOT NULL,\n"
                    + "    script text NOT NULL,\n"
                    + "    checksum text,\n"
                    + "    installed_by text NOT NULL DEFAULT current_user,\n"
                    + "    installed_on timestamptz NOT NULL DEFAULT now(),\n"
                    + "    execution_time_ms bigint NOT NULL,\n"
                    + "    success boolean NOT NULL\n"
                    + ")");
        }
    }

    private boolean schemaExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regnamespace(?) IS NOT NULL")) {
            query.setString(1, Identifiers.quoteAlways(schema));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Every row, oldest first, in one query; no rows when the table does not exist yet. */
    public List<HistoryRow> read(Connection connection) {
        try {
            if (!exists(connection)) {
                return List.of();
            }
            List<HistoryRow> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT installed_rank, version, description, type, script,"
                            + " checksum, installed_by, installed_on, execution_time_ms, success FROM " + qualified
                            + " ORDER BY installed_rank")) {
                while (rs.next()) {
                    rows.add(new HistoryRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                            rs.getLong(9), rs.getBoolean(10)));
                }
            }
            return List.copyOf(rows);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL,
                    "cannot read the migration history " + displayName() + ": " + e.getMessage(), e);
        }
    }

    /** Records a step; runs in the caller's transaction, so a rolled-back step leaves no row. */
    public void record(Connection connection, MigrationStep step, long executionTimeMs, boolean success)
            throws SQLException {
        Objects.requireNonNull(step, "step");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + qualified
                + " (installed_rank, version, description, type, script, checksum, execution_time_ms, success)"
                + " SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, ?, ? FROM " + qualified)) {
            insert.setString(1, step.version());
            insert.setString(2, step.description());
            insert.setString(3, step.repeatable() ? HistoryRow.REPEATABLE : HistoryRow.VERSIONED);
            insert.setString(4, step.location());
            insert.setString(5, step.checksum());
            insert.setLong(6, executionTimeMs);
            insert.setBoolean(7, success);
            insert.executeUpdate();
        }
    }
}
