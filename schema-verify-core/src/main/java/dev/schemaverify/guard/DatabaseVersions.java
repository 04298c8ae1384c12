package dev.schemaverify.guard;

import dev.schemaverify.migrate.HistoryRow;
import dev.schemaverify.migrate.MigrationHistory;
import dev.schemaverify.model.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the schema version a database holds: from a query the team configured, or else from the first
 * migration history found: schema-verify's, Flyway's ({@code flyway_schema_history}), or Liquibase's last
 * tag ({@code databasechangelog.tag}).
 */
final class DatabaseVersions {
    /** A version and where it was read, e.g. {@code public.flyway_schema_history}. */
    record Found(SchemaVersion version, String source) {
    }

    private DatabaseVersions() {
    }

    /**
     * The database's version, or {@code null} when no source holds one; {@code problems} receives the
     * reason when a source exists but cannot be read as a version.
     */
    static Found read(Connection connection, GuardOptions options, List<GuardProblem> problems) throws SQLException {
        if (options.versionQuery() != null) {
            String text = single(connection, options.versionQuery());
            return parse(text, "versionQuery", problems);
        }
        String schema = options.historySchema() == null ? MigrationHistory.DEFAULT_SCHEMA : options.historySchema();
        String ours = schema + "." + MigrationHistory.TABLE;
        if (exists(connection, ours)) {
            return newest(versions(connection, "SELECT version FROM " + qualified(schema, MigrationHistory.TABLE)
                    + " WHERE success AND type IN ('" + HistoryRow.VERSIONED + "', '" + HistoryRow.BASELINE + "')"), ours, problems);
        }
        String flyway = schema + ".flyway_schema_history";
        if (exists(connection, flyway)) {
            return newest(versions(connection, "SELECT version FROM " + qualified(schema, "flyway_schema_history")
                    + " WHERE success AND version IS NOT NULL"), flyway, problems);
        }
        String liquibase = schema + ".databasechangelog";
        if (exists(connection, liquibase)) {
            String tag = single(connection, "SELECT tag FROM " + qualified(schema, "databasechangelog")
                    + " WHERE tag IS NOT NULL ORDER BY orderexecuted DESC LIMIT 1");
            if (tag == null) {
                problems.add(new GuardProblem("schema-version-unknown", "the Liquibase history " + liquibase
                        + " holds no tag; tag each release (liquibase tag 1.4.0, or a tagDatabase change set)"
                        + " or configure a versionQuery", null));
                return null;
            }
            return parse(tag, liquibase + " (last tag)", problems);
        }
        problems.add(new GuardProblem("schema-version-unknown", "the database holds no migration history ("
                + ours + ", " + flyway + " and " + liquibase + " do not exist): run the migrations, or configure a"
                + " versionQuery that returns the schema version", null));
        return null;
    }

    private static Found newest(List<String> versions, String source, List<GuardProblem> problems) {
        SchemaVersion newest = null;
        for (String text : versions) {
            SchemaVersion version;
            try {
                version = SchemaVersion.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(new GuardProblem("schema-version-unreadable", "the migration " + text + " in " + source
                        + " is not a semantic version (major[.minor[.patch]]); configure a versionQuery", null));
                return null;
            }
            if (newest == null || version.compareTo(newest) > 0) {
                newest = version;
            }
        }
        if (newest == null) {
            problems.add(new GuardProblem("schema-version-unknown", source + " records no applied migration:"
                    + " run the migrations", null));
            return null;
        }
        return new Found(newest, source);
    }

    private static Found parse(String text, String source, List<GuardProblem> problems) {
        if (text == null) {
            problems.add(new GuardProblem("schema-version-unknown", source + " returned no version", null));
            return null;
        }
        try {
            return new Found(SchemaVersion.parse(text), source);
        } catch (IllegalArgumentException e) {
            problems.add(new GuardProblem("schema-version-unreadable", source + " returned '" + text
                    + "', which is not a semantic version (major[.minor[.patch]])", null));
            return null;
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static List<String> versions(Connection connection, String sql) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String qualified(String schema, String table) {
        return Identifiers.quoteAlways(schema) + "." + Identifiers.quoteAlways(table);
    }
}
