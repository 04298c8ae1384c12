package dev.schemaverify.preflight;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The readiness checks that read the target's server state rather than its schema: latency, server version,
 * the login's privileges, the extensions the pending migrations create and the sessions that would block
 * their locks. Each reads the catalog or the statistics views only (one {@code .sql} resource per query),
 * on the caller's connection, which the caller keeps in a read-only transaction with lock and statement
 * timeouts.
 */
public final class Readiness {
    private final Connection connection;
    private final ReadinessOptions options;

    public Readiness(Connection connection, ReadinessOptions options) {
        this.connection = connection;
        this.options = options;
    }

    /** Round trips of {@code SELECT 1}: median and worst, after the connection took {@code connectMillis}. */
    public ReadinessCheck connectivity(double connectMillis) {
        double[] trips = new double[options.roundTrips()];
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
            for (int i = 0; i < trips.length; i++) {
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                }
                trips[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
        } catch (SQLException e) {
            throw failure("a round trip (SELECT 1)", e);
        }
        Arrays.sort(trips);
        double median = trips.length % 2 == 1 ? trips[trips.length / 2]
                : (trips[trips.length / 2 - 1] + trips[trips.length / 2]) / 2;
        double worst = trips[trips.length - 1];
        String detail = "connected in " + millis(connectMillis) + "; " + trips.length + " round trip"
                + (trips.length == 1 ? "" : "s") + ": median " + millis(median) + ", worst " + millis(worst);
        List<Diagnostic> found = new ArrayList<>();
        if (median > options.slowRoundTripMillis()) {
            found.add(diagnostic("slow-round-trip", Severity.WARNING, "database", "round trips", "the median round"
                    + " trip takes " + millis(median) + " (worst " + millis(worst) + "), above "
                    + options.slowRoundTripMillis() + " ms (slowRoundTrip); every migration statement pays it", null));
        }
        return ReadinessCheck.ran("connectivity", detail, found);
    }

    /** The server's version against the major the build checked the migrations on. */
    public ReadinessCheck serverVersion() {
        List<String[]> rows = query("server_version", row -> new String[] {row.getString(1), row.getString(2)});
        int major = Integer.parseInt(rows.get(0)[0]) / 10_000;
        String version = rows.get(0)[1];
        if (options.expectedMajor() <= 0) {
            return ReadinessCheck.ran("server version", "PostgreSQL " + version + " (the build's shadow major is not"
                    + " known, so not compared)", List.of());
        }
        List<Diagnostic> found = new ArrayList<>();
        if (major != options.expectedMajor()) {
            found.add(diagnostic("server-version-differs", Severity.WARNING, "database", "server version",
                    "the server runs PostgreSQL " + version + " but the build checked the migrations on PostgreSQL "
                            + options.expectedMajor() + "; set -Dschema-verify.postgresVersion=" + major
                            + " so the shadow database matches", null));
        }
        return ReadinessCheck.ran("server version", "PostgreSQL " + version + " (the build's shadow: "
                + options.expectedMajor() + ")", found);
    }

    /**
     * The login: a superuser is warned about; it must be able to create objects in the schemas the migrations
     * write into, write the history table, and own the existing tables whose definition pending migrations
     * change.
     */
    public ReadinessCheck login(PendingChanges pending) {
        List<Diagnostic> found = new ArrayList<>();
        List<Object[]> login = query("login", row -> new Object[] {row.getString(1), row.getBoolean(2)});
        String name = (String) login.get(0)[0];
        boolean superuser = (Boolean) login.get(0)[1];
        List<String> granted = new ArrayList<>();
        if (superuser) {
            found.add(diagnostic("superuser-login", Severity.WARNING, "login", name, "the login " + name + " is a"
                    + " superuser; deploy with a role that owns the schema, so a mistaken migration cannot reach"
                    + " other databases or the server's files", null));
        }
        TreeSet<String> schemas = new TreeSet<>(options.schemas());
        if (options.historyTable() != null) {
            schemas.add(options.historySchema());
        }
        for (Object[] row : query("schema_privileges", r -> new Object[] {r.getString(1), r.getBoolean(2),
                r.getBoolean(3), r.getBoolean(4)}, new ArrayList<>(schemas))) {
            String schema = (String) row[0];
            boolean present = (Boolean) row[1];
            if (!(Boolean) row[2] || !(Boolean) row[3]) {
                found.add(diagnostic("missing-privilege", Severity.ERROR, "schema", schema, present
                        ? "the login " + name + " may not create objects in schema " + schema + " (needs USAGE and"
                                + " CREATE: GRANT USAGE, CREATE ON SCHEMA " + schema + " TO " + name + ")"
                        : "schema " + schema + " does not exist and the login " + name + " may not create it (needs"
                                + " CREATE on the database)", null));
            } else {
                granted.add((present ? "CREATE on schema " : "may create schema ") + schema);
            }
        }
        if (options.historyTable() != null) {
            String table = quote(options.historySchema()) + "." + quote(options.historyTable());
            String display = options.historySchema() + "." + options.historyTable();
            Object[] history = query("history_privileges", r -> new Object[] {r.getBoolean(1), r.getBoolean(2),
                    r.getBoolean(3), r.getBoolean(4), r.getBoolean(5)}, table).get(0);
            List<String> missing = new ArrayList<>();
            String[] privileges = {"SELECT", "INSERT", "UPDATE", "DELETE"};
            for (int i = 0; i < privileges.length; i++) {
                if (!(Boolean) history[i + 1]) {
                    missing.add(privileges[i]);
                }
            }
            if (!missing.isEmpty()) {
                found.add(diagnostic("missing-privilege", Severity.ERROR, "table", display, "the login " + name
                        + " cannot write the history table " + display + " (missing " + String.join(", ", missing)
                        + ": GRANT " + String.join(", ", missing) + " ON " + display + " TO " + name + ")", null));
            } else {
                granted.add((Boolean) history[0] ? "history table writable" : "history table to be created");
            }
        }
        Map<String, PendingChanges.Use> ddl = new LinkedHashMap<>();
        pending.tables().stream().filter(PendingChanges.Use::ddl).forEach(use -> ddl.putIfAbsent(use.name(), use));
        if (!ddl.isEmpty()) {
            TreeSet<String> owned = new TreeSet<>();
            TreeSet<String> notOwned = new TreeSet<>();
            for (Existing table : existing(new ArrayList<>(ddl.keySet()))) {
                if (table.actsAsOwner()) {
                    owned.add(table.display());
                } else if (notOwned.add(table.display())) {
                    found.add(diagnostic("missing-privilege", Severity.ERROR, "table", table.display(), "the pending"
                            + " migration changes table " + table.display() + ", owned by " + table.owner()
                            + ", which the login " + name + " is not (nor a member of): only the owner may ALTER,"
                            + " DROP or index it", ddl.get(table.wanted()).location()));
                }
            }
            if (owned.size() + notOwned.size() > 0) {
                granted.add("acts as owner of " + owned.size() + " of the " + (owned.size() + notOwned.size())
                        + " existing tables pending migrations change");
            }
        }
        String detail = "login " + name + (superuser ? " (superuser)" : "")
                + (granted.isEmpty() ? "" : ": " + String.join(", ", granted));
        return ReadinessCheck.ran("login", detail, found);
    }

    /** An existing table a pending statement names, as the target resolves the name. */
    private record Existing(String wanted, String display, String owner, boolean actsAsOwner) {
    }

    /** The tables of {@code names} (quoted, as written) that exist on the target, each once, by name. */
    private List<Existing> existing(List<String> names) {
        Map<String, Existing> byTable = new LinkedHashMap<>();
        for (Existing table : query("table_owners", r -> new Existing(r.getString(1), r.getString(2) + "."
                + r.getString(3), r.getString(4), r.getBoolean(5)), names)) {
            byTable.putIfAbsent(table.display(), table);
        }
        return List.copyOf(byTable.values());
    }

    /** Every extension a pending migration creates must be available on the server. */
    public ReadinessCheck extensions(PendingChanges pending) {
        if (pending.extensions().isEmpty()) {
            return ReadinessCheck.ran("extensions", "no pending migration creates an extension", List.of());
        }
        Map<String, PendingChanges.Use> wanted = new LinkedHashMap<>();
        pending.extensions().forEach(use -> wanted.putIfAbsent(use.name(), use));
        List<Diagnostic> found = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        for (Object[] row : query("available_extensions", r -> new Object[] {r.getString(1), r.getBoolean(2),
                r.getString(3), r.getString(4)}, new ArrayList<>(wanted.keySet()))) {
            String extension = (String) row[0];
            if ((Boolean) row[1]) {
                fine.add(extension + (row[3] != null ? " " + row[3] + " installed" : " " + row[2] + " available"));
            } else {
                found.add(diagnostic("extension-unavailable", Severity.ERROR, "extension", extension, "extension "
                        + extension + " is not available on the server (not in pg_available_extensions): install its"
                        + " package on the server, or ask the provider to allow it, before this migration runs",
                        wanted.get(extension).location()));
            }
        }
        return ReadinessCheck.ran("extensions", fine.isEmpty() ? wanted.size() + " needed"
                : String.join(", ", fine), found);
    }

    /**
     * Sessions holding a lock on a table the pending migrations lock, idle in a transaction or in one older than
     * {@code longRunningSeconds}: the migration would wait for them (up to its lock timeout) and queue every
     * other query of that table behind it.
     */
    public ReadinessCheck sessions(PendingChanges pending) {
        Map<String, PendingChanges.Use> tables = new LinkedHashMap<>();
        pending.tables().forEach(use -> tables.putIfAbsent(use.name(), use));
        if (tables.isEmpty()) {
            return ReadinessCheck.ran("sessions", "no pending migration locks an existing table", List.of());
        }
        int existing = existing(new ArrayList<>(tables.keySet())).size();
        if (existing == 0) {
            return ReadinessCheck.ran("sessions", "the pending migrations lock no existing table", List.of());
        }
        List<Diagnostic> found = new ArrayList<>();
        for (Object[] row : query("blocking_sessions", r -> new Object[] {r.getInt(1), r.getString(2), r.getString(3),
                r.getString(4), r.getObject(5, OffsetDateTime.class), r.getObject(6, OffsetDateTime.class),
                r.getLong(7), r.getString(8), r.getString(9), r.getString(10)},
                new ArrayList<>(tables.keySet()), options.longRunningSeconds())) {
            String table = row[7] + "." + row[8];
            PendingChanges.Use use = tables.values().stream().filter(u -> u.display().equals(table)
                    || u.display().equals(row[8])).findFirst().orElse(null);
            String state = (String) row[3];
            OffsetDateTime since = state.startsWith("idle in transaction") ? (OffsetDateTime) row[5]
                    : (OffsetDateTime) row[4];
            found.add(diagnostic("blocking-session", Severity.ERROR, "session", "pid " + row[0], "session pid "
                    + row[0] + " (application " + row[1] + ", login " + row[2] + ") is " + state + " since "
                    + timestamp(since) + ", in a transaction open for " + row[6] + " s, holding " + row[9] + " on "
                    + table + ", which the pending migration locks; end it (pg_terminate_backend(" + row[0]
                    + ")) or wait for it before deploying", use == null ? null : use.location()));
        }
        return ReadinessCheck.ran("sessions", found.isEmpty() ? "no session would block the " + existing
                + " existing table" + (existing == 1 ? "" : "s") + " pending migrations lock"
                : found.size() + " session lock" + (found.size() == 1 ? "" : "s") + " would block", found);
    }

    private static String timestamp(OffsetDateTime time) {
        return time == null ? "an unknown time" : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.0f ms", value);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static Diagnostic diagnostic(String code, Severity severity, String kind, String name, String message,
            String location) {
        return new Diagnostic(code, severity, new Diagnostic.Subject(kind, name), null, message,
                location == null ? null : SourceRef.parse(location));
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String name, Row<T> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(resource(name))) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof List<?> list) {
                    statement.setArray(i + 1, connection.createArrayOf("text", list.toArray()));
                } else {
                    statement.setObject(i + 1, parameters[i]);
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
            throw failure("the readiness query " + name + ".sql", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Readiness.class.getResourceAsStream(name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("missing readiness query resource " + name + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SchemaVerifyException failure(String what, SQLException e) {
        boolean connection = e.getSQLState() != null && e.getSQLState().startsWith("08");
        return new SchemaVerifyException(connection ? ErrorCode.CONNECTION : ErrorCode.SQL, what + " failed: "
                + e.getMessage() + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")"), e);
    }
}
