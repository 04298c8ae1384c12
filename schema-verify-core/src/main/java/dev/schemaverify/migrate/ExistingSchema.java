package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a database holds before it has a schema-verify history: a schema built some other way (by hand,
 * by another tool) must be adopted, not migrated over, or the first migration fails half-way with
 * {@code type "..." already exists}.
 *
 * @param objects how many tables, views, sequences, types and functions the search path's schemas hold
 * @param examples up to three of them, for messages
 * @param flywayTables the qualified names of any {@code flyway_schema_history} tables, or {@code null}
 */
public record ExistingSchema(long objects, String examples, String flywayTables) {

    /** Reads it in one query. */
    public static ExistingSchema of(Connection connection, MigrationHistory history) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql())) {
            query.setString(1, history.qualifiedName());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new ExistingSchema(rs.getLong(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    /**
     * Stops a first migration run on a database that already holds a schema, naming the way to adopt it:
     * the Flyway import when a Flyway history is there, otherwise a baseline.
     */
    public SchemaVerifyException refusal(String database, MigrationHistory history) {
        if (flywayTables != null) {
            return new SchemaVerifyException(ErrorCode.CONFIGURATION, "nothing was applied: " + database
                    + " has a Flyway history (" + flywayTables + ") but no " + history.displayName()
                    + ". Import it, so nothing is run twice: mvn schema-verify:import-flyway (versions, descriptions"
                    + " and checksums carry over; Flyway's own table is left as it is), then migrate");
        }
        return new SchemaVerifyException(ErrorCode.CONFIGURATION, "nothing was applied: " + database + " already holds"
                + " a schema (" + objects + " object" + (objects == 1 ? "" : "s") + ", e.g. " + examples + ") but no "
                + history.displayName() + ", so its migrations would run over objects that exist. Adopt it: if the"
                + " schema is what the migrations up to version N build, run mvn schema-verify:baseline"
                + " -Dschema-verify.baselineVersion=N (or migrate with -Dschema-verify.baselineOnMigrate=true"
                + " -Dschema-verify.baselineVersion=N); migrate then applies only the migrations after N");
    }

    public boolean empty() {
        return objects == 0 && flywayTables == null;
    }

    private static String sql() {
        try (InputStream in = ExistingSchema.class.getResourceAsStream("existing_schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("existing_schema.sql is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot read existing_schema.sql: " + e.getMessage(), e);
        }
    }
}
