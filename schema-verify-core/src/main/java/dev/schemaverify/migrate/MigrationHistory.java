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
    /** The last connection on which the table was seen with its {@code rollback_checksum} column. */
    private volatile Connection seenWithRollbackChecksum;

    public MigrationHistory(String schema) {
        this.schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema;
        this.qualified = Identifiers.quoteAlways(this.schema) + "." + Identifiers.quoteAlways(TABLE);
    }

    /** {@code "public"."schema_verify_history"}, quoted for SQL. */
    public String qualifiedName() {
        return qualified;
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
                    + "    success boolean NOT NULL,\n"
                    + "    rollback_checksum text\n"
                    + ")");
        }
    }

    /**
     * Adds the {@code rollback_checksum} column to a table created before it existed; call it holding the
     * lock, with autocommit on. A login without the privilege to alter the table keeps working without the column: rollbacks
     * then say that an edited down cannot be told.
     */
    public void upgradeIfNeeded(Connection connection) throws SQLException {
        if (!exists(connection) || hasRollbackChecksum(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + qualified + " ADD COLUMN IF NOT EXISTS rollback_checksum text");
        } catch (SQLException e) {
            if (!connection.getAutoCommit()) {
                throw e; // the caller's transaction is aborted and must know
            }
            // no privilege to alter the table: the history works without the column
        }
    }

    /**
     * Whether the table has the {@code rollback_checksum} column (tables of older versions lack it). Once seen
     * on a connection it is not asked again there: nothing of ours drops the column, and {@code migrate} wrote
     * a history row per migration after asking each time, one more round trip per migration.
     */
    public boolean hasRollbackChecksum(Connection connection) throws SQLException {
        if (connection == seenWithRollbackChecksum) {
            return true;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_attribute"
                + " WHERE attrelid = to_regclass(?) AND attname = 'rollback_checksum' AND NOT attisdropped)")) {
            query.setString(1, qualified);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                boolean column = rs.getBoolean(1);
                if (column) {
                    seenWithRollbackChecksum = connection;
                }
                return column;
            }
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
                    // to_jsonb reads the rollback checksum whether or not an older table has the column
                    ResultSet rs = statement.executeQuery("SELECT installed_rank, version, description, type, script,"
                            + " checksum, installed_by, installed_on, execution_time_ms, success,"
                            + " to_jsonb(h) ->> 'rollback_checksum' FROM " + qualified + " h ORDER BY installed_rank")) {
                while (rs.next()) {
                    rows.add(new HistoryRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                            rs.getLong(9), rs.getBoolean(10), rs.getString(11)));
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
        insert(connection, step.version(), step.description(),
                step.repeatable() ? HistoryRow.REPEATABLE : HistoryRow.VERSIONED, step.location(), step.checksum(),
                executionTimeMs, success, step.rollbackChecksum());
    }

    /** Records a step as applied without running it (a baseline of a database that already holds it). */
    public void recordBaseline(Connection connection, MigrationStep step, String description) throws SQLException {
        insert(connection, step.version(), description, HistoryRow.BASELINE, step.location(), step.checksum(), 0,
                true, step.rollbackChecksum());
    }

    /**
     * Writes a row as given, keeping who installed it and when (an import of another tool's history);
     * the rank is the next one.
     */
    public void recordImported(Connection connection, HistoryRow row) throws SQLException {
        boolean column = hasRollbackChecksum(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + qualified
                + " (installed_rank, version, description, type, script, checksum, installed_by, installed_on,"
                + " execution_time_ms, success" + (column ? ", rollback_checksum" : "") + ")"
                + " SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, coalesce(?, current_user),"
                + " coalesce(?, now()), ?, ?" + (column ? ", ?" : "") + " FROM " + qualified)) {
            insert.setString(1, row.version());
            insert.setString(2, row.description() == null ? "" : row.description());
            insert.setString(3, row.type());
            insert.setString(4, row.script());
            insert.setString(5, row.checksum());
            insert.setString(6, row.installedBy());
            insert.setObject(7, row.installedOn());
            insert.setLong(8, row.executionTimeMs());
            insert.setBoolean(9, row.success());
            if (column) {
                insert.setString(10, row.rollbackChecksum());
            }
            insert.executeUpdate();
        }
    }

    /**
     * An audit note ({@link HistoryRow#REPAIR} or {@link HistoryRow#ROLLBACK}): who changed the history,
     * when and why, kept in the history itself.
     */
    public void note(Connection connection, String type, String version, String script, String text)
            throws SQLException {
        insert(connection, version, text, type, script, null, 0, true, null);
    }

    /** Sets the checksums of the row {@code installedRank} (a reviewed edit accepted by repair). */
    public void updateChecksums(Connection connection, int installedRank, String checksum, String rollbackChecksum)
            throws SQLException {
        boolean column = hasRollbackChecksum(connection);
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + qualified + " SET checksum = ?"
                + (column ? ", rollback_checksum = ?" : "") + " WHERE installed_rank = ?")) {
            update.setString(1, checksum);
            if (column) {
                update.setString(2, rollbackChecksum);
            }
            update.setInt(column ? 3 : 2, installedRank);
            update.executeUpdate();
        }
    }

    /** Deletes the row {@code installedRank}. */
    public void delete(Connection connection, int installedRank) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + qualified
                + " WHERE installed_rank = ?")) {
            delete.setInt(1, installedRank);
            delete.executeUpdate();
        }
    }

    private void insert(Connection connection, String version, String description, String type, String script,
            String checksum, long executionTimeMs, boolean success, String rollbackChecksum) throws SQLException {
        boolean column = hasRollbackChecksum(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + qualified
                + " (installed_rank, version, description, type, script, checksum, execution_time_ms, success"
                + (column ? ", rollback_checksum" : "") + ")"
                + " SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, ?, ?" + (column ? ", ?" : "")
                + " FROM " + qualified)) {
            insert.setString(1, version);
            insert.setString(2, description == null ? "" : description);
            insert.setString(3, type);
            insert.setString(4, script);
            insert.setString(5, checksum);
            insert.setLong(6, executionTimeMs);
            insert.setBoolean(7, success);
            if (column) {
                insert.setString(8, rollbackChecksum);
            }
            insert.executeUpdate();
        }
    }
}
