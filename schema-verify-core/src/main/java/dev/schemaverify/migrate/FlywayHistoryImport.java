package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.SchemaVerifyException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Switches a database from Flyway to schema-verify without re-running anything: the rows of
 * {@code flyway_schema_history} become rows of {@code schema_verify_history}, with versions,
 * descriptions, who installed them and when.
 *
 * <p>Checksums are recomputed with schema-verify's algorithm for each file that is still exactly what
 * Flyway applied (its {@link FlywayChecksum CRC-32} equals the one in Flyway's history), so {@code status}
 * shows it APPLIED. A file that differs keeps Flyway's checksum ({@code flyway-crc32:<n>}): {@code status}
 * shows it EDITED until someone reviews the difference and runs {@code repair}. A Flyway baseline row
 * becomes baseline rows for the migrations up to its version; undo and delete markers are honoured.
 * Flyway's table is left as it is.
 */
public final class FlywayHistoryImport {
    /** The prefix of a checksum kept from Flyway's history. */
    public static final String FLYWAY_CHECKSUM_PREFIX = "flyway-crc32:";

    private FlywayHistoryImport() {
    }

    /** What the import did. */
    public record Result(String from, String into, List<String> imported, List<String> notes) {
        public Result {
            imported = List.copyOf(imported);
            notes = List.copyOf(notes);
        }

        /** Readable lines for a console. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>(imported);
            lines.addAll(notes);
            lines.add(imported.size() + " row" + (imported.size() == 1 ? "" : "s") + " imported from " + from
                    + " into " + into + "; nothing was run on the schema");
            return lines;
        }
    }

    private record FlywayRow(int rank, String version, String description, String type, String script,
            Integer checksum, String installedBy, OffsetDateTime installedOn, long executionTime, boolean success) {
    }

    /**
     * Imports {@code flywayTable} ({@code schema.table}; {@code null} finds the one table named
     * {@code flyway_schema_history}) under the migration lock; refuses when schema-verify's history already
     * holds migrations.
     */
    public static Result importHistory(Connection connection, MigrationSource source, String flywayTable,
            String historySchema, Duration lockWait, Consumer<String> log) {
        MigrationHistory history = new MigrationHistory(historySchema);
        try {
            connection.setAutoCommit(true);
            String table = flywayTable == null || flywayTable.isBlank() ? find(connection, history) : flywayTable.trim();
            try (MigrationLock lock = MigrationLock.acquire(connection, history, lockWait, log)) {
                long applied = history.read(connection).stream().filter(row -> !row.audit()).count();
                if (applied > 0) {
                    throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "nothing was imported: "
                            + history.displayName() + " already holds " + applied + " row" + (applied == 1 ? "" : "s")
                            + "; the import adopts a database that schema-verify has not migrated yet");
                }
                List<FlywayRow> rows = read(connection, table);
                history.createIfAbsent(connection);
                history.upgradeIfNeeded(connection);
                connection.setAutoCommit(false);
                try {
                    Result result = write(connection, source, table, rows, history);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    StepTransactions.rollbackQuietly(connection, e);
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL, "importing the Flyway history failed: " + e.getMessage(), e);
        }
    }

    private static String find(Connection connection, MigrationHistory history) throws SQLException {
        String tables = ExistingSchema.of(connection, history).flywayTables();
        if (tables == null) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the database has no flyway_schema_history"
                    + " table; name Flyway's history table with flywayTable (schema.table) if it was renamed");
        }
        if (tables.contains(",")) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the database has several Flyway history tables ("
                    + tables + "); name the one to import with flywayTable");
        }
        return tables;
    }

    private static List<FlywayRow> read(Connection connection, String table) throws SQLException {
        String[] parts = table.split("\\.", 2);
        String qualified = parts.length == 2
                ? Identifiers.quoteAlways(parts[0]) + "." + Identifiers.quoteAlways(parts[1])
                : Identifiers.quoteAlways(parts[0]);
        List<FlywayRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT installed_rank, version, description, type, script,"
                        + " checksum, installed_by, installed_on, execution_time, success FROM " + qualified
                        + " ORDER BY installed_rank")) {
            while (rs.next()) {
                Object checksum = rs.getObject(6);
                java.sql.Timestamp installed = rs.getTimestamp(8);
                rows.add(new FlywayRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), checksum == null ? null : ((Number) checksum).intValue(), rs.getString(7),
                        installed == null ? null : installed.toInstant().atOffset(java.time.ZoneOffset.UTC),
                        rs.getLong(9), rs.getBoolean(10)));
            }
        }
        return rows;
    }

    /** Each migration's latest row, and the baseline row if there is one. */
    private record Latest(Map<String, FlywayRow> rows, FlywayRow baseline) {
    }

    /** The latest row of each migration wins; undo and delete markers take a version out again. */
    private static Latest latest(List<FlywayRow> rows) {
        Map<String, FlywayRow> latest = new LinkedHashMap<>();
        FlywayRow baseline = null;
        for (FlywayRow row : rows) {
            String type = row.type() == null ? "" : row.type();
            if (type.equals("SCHEMA")) {
                continue; // Flyway's note that it created the schemas
            }
            String key = row.version() == null ? "R:" + row.script() : "V:" + canonical(row.version());
            if (type.startsWith("UNDO") || type.equals("DELETE")) {
                latest.remove(key);
            } else if (type.equals("BASELINE")) {
                baseline = row;
            } else {
                latest.remove(key);
                latest.put(key, row);
            }
        }
        return new Latest(latest, baseline);
    }

    /**
     * The locations of the steps of {@code source} that the one Flyway history of the database has applied
     * successfully (a versioned one by its version or a baseline at or above it, a repeatable one when its
     * text is what Flyway applied last), read-only; {@code null} when the database has no Flyway history.
     * Pre-deploy lint reads a Flyway-managed target with it, before anyone imports the history.
     */
    public static java.util.Set<String> appliedByFlyway(Connection connection, MigrationSource source,
            String historySchema) throws SQLException {
        String tables = ExistingSchema.of(connection, new MigrationHistory(historySchema)).flywayTables();
        if (tables == null || tables.contains(",")) {
            return null;
        }
        Latest state = latest(read(connection, tables));
        MigrationVersion limit = state.baseline() == null ? null : MigrationVersion.tryParse(state.baseline().version());
        java.util.Set<String> applied = new java.util.LinkedHashSet<>();
        for (MigrationStep step : source.steps()) {
            if (step.repeatable()) {
                FlywayRow row = state.rows().values().stream().filter(r -> r.version() == null && match(List.of(step), r)
                        == step).findFirst().orElse(null);
                if (row != null && row.success() && step.forwardText() != null && row.checksum() != null
                        && FlywayChecksum.of(step.forwardText()) == row.checksum()) {
                    applied.add(step.location());
                }
                continue;
            }
            FlywayRow row = state.rows().get("V:" + canonical(step.version()));
            MigrationVersion version = MigrationVersion.tryParse(step.version());
            if (row != null ? row.success() : limit != null && version != null && version.compareTo(limit) <= 0) {
                applied.add(step.location());
            }
        }
        return applied;
    }

    private static Result write(Connection connection, MigrationSource source, String table, List<FlywayRow> rows,
            MigrationHistory history) throws SQLException {
        Latest state = latest(rows);
        Map<String, FlywayRow> latest = state.rows();
        String baseline = state.baseline() == null ? null : state.baseline().version();
        FlywayRow baselineRow = state.baseline();
        List<MigrationStep> steps = source.steps();
        List<String> imported = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (baseline != null) {
            MigrationVersion limit = MigrationVersion.tryParse(baseline);
            for (MigrationStep step : steps) {
                MigrationVersion version = step.repeatable() ? null : MigrationVersion.tryParse(step.version());
                if (limit != null && version != null && version.compareTo(limit) <= 0
                        && !latest.containsKey("V:" + canonical(step.version()))) {
                    history.recordImported(connection, new HistoryRow(0, step.version(),
                            step.description() + " (Flyway baseline " + baseline + ")", HistoryRow.BASELINE,
                            step.location(), step.checksum(), baselineRow.installedBy(), baselineRow.installedOn(), 0,
                            true, step.rollbackChecksum()));
                    imported.add("imported " + step.version() + " (" + step.location() + ") from Flyway's baseline "
                            + baseline);
                }
            }
        }
        for (FlywayRow row : latest.values()) {
            MigrationStep step = match(steps, row);
            String flywaySum = row.checksum() == null ? null : FLYWAY_CHECKSUM_PREFIX + row.checksum();
            if (step == null) {
                String version = row.version() == null ? row.description() : row.version();
                history.recordImported(connection, new HistoryRow(0, version, row.description(),
                        row.version() == null ? HistoryRow.REPEATABLE : HistoryRow.VERSIONED, row.script(), flywaySum,
                        row.installedBy(), row.installedOn(), row.executionTime(), row.success(), null));
                imported.add("imported " + version + " (" + row.script() + ")");
                notes.add(version + ": Flyway applied " + row.script() + " but no migration file has that "
                        + (row.version() == null ? "name" : "version") + "; status shows it MISSING_FILE");
                continue;
            }
            String text = step.forwardText();
            boolean same = text != null && row.checksum() != null && FlywayChecksum.of(text) == row.checksum();
            history.recordImported(connection, new HistoryRow(0, step.version(), step.description(),
                    step.repeatable() ? HistoryRow.REPEATABLE : HistoryRow.VERSIONED, step.location(),
                    same ? step.checksum() : flywaySum, row.installedBy(), row.installedOn(), row.executionTime(),
                    row.success(), step.rollbackChecksum()));
            imported.add("imported " + (step.repeatable() ? "repeatable " : "") + step.version() + " ("
                    + step.location() + ")" + (same ? "" : ", checksum kept from Flyway"));
            if (!same) {
                notes.add(step.location() + ": " + (text == null ? "cannot be compared with what Flyway applied"
                        : "differs from what Flyway applied (CRC-32 " + row.checksum() + " in its history, "
                                + FlywayChecksum.of(text) + " now)")
                        + (step.repeatable() ? "; migrate applies it again"
                                : "; status shows it EDITED: review the change, then run repair"));
            }
        }
        history.note(connection, HistoryRow.IMPORT, "-", table, "imported " + imported.size() + " row"
                + (imported.size() == 1 ? "" : "s") + " from the Flyway history " + table);
        return new Result(table, history.displayName(), imported, notes);
    }

    /** The step a Flyway row describes: the same version, or for a repeatable the same file name. */
    private static MigrationStep match(List<MigrationStep> steps, FlywayRow row) {
        for (MigrationStep step : steps) {
            if (row.version() == null) {
                String script = row.script() == null ? "" : row.script().replace('\\', '/');
                if (step.repeatable() && (step.location().equals(script) || step.location().endsWith("/" + script))) {
                    return step;
                }
            } else if (!step.repeatable() && Objects.equals(canonical(step.version()), canonical(row.version()))) {
                return step;
            }
        }
        return null;
    }

    private static String canonical(String version) {
        MigrationVersion parsed = MigrationVersion.tryParse(version);
        return parsed == null ? version : parsed.toString();
    }
}
