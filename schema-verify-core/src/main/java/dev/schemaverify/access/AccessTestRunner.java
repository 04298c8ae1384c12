package dev.schemaverify.access;

import dev.schemaverify.access.AccessTests.Actor;
import dev.schemaverify.access.AccessTests.Fixture;
import dev.schemaverify.access.AccessTests.Value;
import dev.schemaverify.access.Session.Row;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs access tests on one connection. Every check gets its own transaction: the fixtures are inserted,
 * the actor's role and settings are set for the transaction only, the statement runs under a statement
 * timeout, and the transaction is rolled back, fixtures included. Against a live database only checks
 * that read may run, in read-only transactions; anything that would write is refused before a
 * statement runs.
 */
public final class AccessTestRunner {
    /** A check whose outcome differs from its expectation. */
    public static final String FAILED = "access-check-failed";
    /** A check or fixture that could not run: unknown role, table or function, a failing insert, a timeout. */
    public static final String ERROR = "access-test-error";
    /** A write, call, fixture or matrix asked for on a live database. */
    public static final String REFUSED = "access-write-refused";

    /**
     * How to run.
     *
     * @param live the connection is a live database: read-only transactions, no fixtures, no writes
     * @param statementTimeoutSeconds the {@code statement_timeout} of every statement of a check
     */
    public record Options(boolean live, int statementTimeoutSeconds) {
        public Options {
            if (statementTimeoutSeconds < 1) {
                throw new IllegalArgumentException("the statement timeout must be at least 1 second");
            }
        }
    }

    private final Options options;

    public AccessTestRunner(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Runs every check and the matrix of {@code tests} on {@code connection}. */
    public AccessRun run(AccessTests tests, Connection connection) {
        if (options.live()) {
            refuseWrites(tests);
        }
        List<String> checked = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try {
            Diagnostic fixtureProblem = probeFixtures(tests, connection);
            if (fixtureProblem != null) {
                diagnostics.add(fixtureProblem);
                for (Check check : tests.checks()) {
                    notRun.add(check.name() + ": not run, because " + fixtureProblem.subject() + " cannot be inserted");
                }
                if (tests.matrix() != null) {
                    notRun.add("rls matrix: not computed, because " + fixtureProblem.subject() + " cannot be inserted");
                }
                return new AccessRun(checked, diagnostics, notRun, lines, List.of(), List.of());
            }
            for (Actor actor : tests.actors()) {
                for (Check check : actor.checks()) {
                    checked.add(check.name());
                    Diagnostic problem = run(tests, actor, check, connection);
                    lines.add((problem == null ? "passed: " : "FAILED: ") + check.name());
                    if (problem != null) {
                        diagnostics.add(problem);
                    }
                }
            }
            if (tests.matrix() != null) {
                RlsMatrix.Result matrix = new RlsMatrix(tests, options).compute(connection);
                checked.addAll(matrix.checked());
                diagnostics.addAll(matrix.diagnostics());
                return new AccessRun(checked, diagnostics, notRun, lines, matrix.rows(), matrix.pin());
            }
            return new AccessRun(checked, diagnostics, notRun, lines, List.of(), List.of());
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL, "the access tests lost their connection: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses, in one message naming each entry with its place, a file that would write on a live database;
     * called before connecting, so nothing has run yet.
     */
    public static void refuseWrites(AccessTests tests) {
        List<String> refused = new ArrayList<>();
        for (Fixture fixture : tests.fixtures()) {
            refused.add(fixture.source() + ": error [" + REFUSED + "] fixture '" + fixture.name()
                    + "' would insert into " + fixture.table());
        }
        for (Check check : tests.checks()) {
            if (check.writes()) {
                refused.add(check.source() + ": error [" + REFUSED + "] check '" + check.name() + "' would "
                        + (check instanceof Check.Call ? "call a function, which may write" : check.kind()));
            }
        }
        if (tests.matrix() != null) {
            refused.add(tests.matrix().source() + ": error [" + REFUSED + "] the rls matrix would try insert,"
                    + " update and delete");
        }
        if (!refused.isEmpty()) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "refusing to run access tests that write on a live"
                    + " database (only select checks and assertions run there, in read-only transactions):"
                    + System.lineSeparator() + String.join(System.lineSeparator(), refused) + System.lineSeparator()
                    + "Run them without url, on the shadow database built from the migrations, or move them to a"
                    + " file of their own.");
        }
    }

    /** Inserts every fixture once (rolled back); the first that fails is reported at its entry. */
    private Diagnostic probeFixtures(AccessTests tests, Connection connection) throws SQLException {
        if (tests.fixtures().isEmpty()) {
            return null;
        }
        try (Session session = Session.begin(connection, false, options.statementTimeoutSeconds())) {
            for (Fixture fixture : tests.fixtures()) {
                try {
                    insertFixture(tests, session, fixture);
                } catch (SQLException e) {
                    return new Diagnostic(ERROR, Severity.ERROR, new Diagnostic.Subject("fixture", fixture.name()),
                            "fixture " + fixture.name(), "fixture '" + fixture.name() + "' cannot be inserted into "
                            + fixture.table() + (fixture.role() != null ? " as role " + fixture.role()
                            : fixture.actor() != null ? " as actor " + fixture.actor() : "") + ": " + sqlError(e),
                            e.getSQLState() != null && e.getSQLState().startsWith("42P") ? fixture.tableSource()
                                    : fixture.source());
                } catch (Session.Unresolved e) {
                    return new Diagnostic(ERROR, Severity.ERROR, new Diagnostic.Subject("fixture", fixture.name()),
                            "fixture " + fixture.name(), "fixture '" + fixture.name() + "': " + e.getMessage(),
                            e.value.source());
                }
            }
        }
        return null;
    }

    /** Inserts every fixture into the session's transaction, each as its role or actor. */
    static void insertFixtures(AccessTests tests, Session session) throws SQLException {
        for (Fixture fixture : tests.fixtures()) {
            insertFixture(tests, session, fixture);
        }
    }

    private static void insertFixture(AccessTests tests, Session session, Fixture fixture) throws SQLException {
        if (fixture.actor() != null) {
            Actor actor = tests.actors().stream().filter(a -> a.name().equals(fixture.actor())).findFirst().orElseThrow();
            session.become(actor.role(), settings(actor, session));
        } else {
            session.become(fixture.role(), Map.of());
        }
        session.insert(fixture);
        session.become(null, Map.of());
    }

    /**
     * The settings an actor's session gets: {@code request.jwt.claims} as a JSON object (with the role, as
     * PostgREST sets it, unless the claims name one), {@code request.jwt.claim.<name>} per claim, and the
     * actor's own settings.
     */
    static Map<String, String> settings(Actor actor, Session session) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!actor.claims().isEmpty()) {
            Map<String, String> claims = new LinkedHashMap<>();
            actor.claims().forEach((name, value) -> claims.put(name, session.resolve(value)));
            if (actor.role() != null) {
                claims.putIfAbsent("role", actor.role());
            }
            StringBuilder json = new StringBuilder("{");
            claims.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(jsonString(name))
                    .append(':').append(value == null ? "null" : jsonString(value)));
            settings.put("request.jwt.claims", json.append('}').toString());
            claims.forEach((name, value) -> settings.put("request.jwt.claim." + name, value));
        }
        actor.settings().forEach((name, value) -> settings.put(name, session.resolve(value)));
        return settings;
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Runs one check in its own transaction; the diagnostic when it fails or cannot run, else {@code null}. */
    private Diagnostic run(AccessTests tests, Actor actor, Check check, Connection connection) throws SQLException {
        Phase phase = Phase.FIXTURES;
        try (Session session = Session.begin(connection, options.live(), options.statementTimeoutSeconds())) {
            insertFixtures(tests, session);
            phase = Phase.ROLE;
            session.become(actor.role(), settings(actor, session));
            phase = Phase.STATEMENT;
            String failure = outcome(check, session);
            return failure == null ? null : problem(FAILED, check, actor, failure, check.source());
        } catch (Session.Unresolved e) {
            return problem(ERROR, check, actor, e.getMessage(), e.value.source());
        } catch (SQLException e) {
            if (connection.isClosed()) {
                throw e;
            }
            return switch (phase) {
                case FIXTURES -> problem(ERROR, check, actor, "the fixtures cannot be inserted: " + sqlError(e),
                        check.source());
                case ROLE -> problem(ERROR, check, actor, "cannot become "
                        + (actor.role() == null ? "the owner" : "role '" + actor.role() + "'") + ": " + sqlError(e),
                        actor.roleSource());
                default -> problem(ERROR, check, actor, check.kind() + " " + target(check) + " failed: "
                        + sqlError(e) + hint(e), undefinedObject(e) ? targetSource(check) : check.source());
            };
        }
    }

    private enum Phase {
        FIXTURES, ROLE, STATEMENT
    }

    /**
     * Runs the check's statement; {@code null} when the outcome is the expected one, else what happened
     * instead. An error that is a refusal (insufficient privilege, or the SQLSTATE the check names) is an
     * outcome; any other error (an unknown table, a syntax error, a timeout) propagates.
     */
    private static String outcome(Check check, Session session) throws SQLException {
        Expectation expect = check.expect();
        Connection connection = session.connection();
        String sql;
        List<Value> parameters = new ArrayList<>();
        if (check instanceof Check.Select select) {
            sql = "SELECT * FROM " + select.relation() + (select.where() == null ? "" : " WHERE " + select.where());
        } else if (check instanceof Check.Write write) {
            sql = writeSql(write, session, parameters);
        } else if (check instanceof Check.Call call) {
            sql = "SELECT " + call.function() + "(" + String.join(", ", call.args().stream().map(a -> "?").toList()) + ")";
            parameters.addAll(call.args());
        } else {
            sql = ((Check.Assertion) check).sql();
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            session.bind(statement, parameters);
            boolean hasRows = statement.execute();
            if (expect.kind() == Expectation.Kind.DENIED) {
                return "expected " + expect.describe() + ", but it was allowed" + allowedDetail(statement, hasRows);
            }
            if (check instanceof Check.Write) {
                long count = statement.getUpdateCount();
                return expect.number() == null || expect.number() == count ? null
                        : "expected " + expect.describe() + ", but " + rows(count) + " affected";
            }
            try (ResultSet result = statement.getResultSet()) {
                List<Map<String, String>> found = Session.all(result);
                if (check instanceof Check.Select) {
                    return compareRows(expect, found, session.rows());
                }
                if (check instanceof Check.Call) {
                    String value = found.isEmpty() ? null : found.get(0).values().iterator().next();
                    // PostgreSQL's text for a boolean is t or f; the file says true or false
                    value = "t".equals(value) ? "true" : "f".equals(value) ? "false" : value;
                    return expect.value() == null || expect.value().equals(String.valueOf(value)) ? null
                            : "expected it to return " + expect.value() + ", it returned " + value;
                }
                return compareAssertion(expect, found);
            }
        } catch (SQLException e) {
            if (expect.kind() == Expectation.Kind.DENIED && isRefusal(e, expect.denial())) {
                return null;
            }
            if (expect.kind() != Expectation.Kind.DENIED && "42501".equals(e.getSQLState())) {
                return "expected " + expect.describe() + ", but it was denied: " + sqlError(e);
            }
            if (expect.kind() == Expectation.Kind.DENIED && "42501".equals(e.getSQLState())) {
                return "expected " + expect.describe() + ", but it was denied otherwise: " + sqlError(e);
            }
            throw e;
        }
    }

    private static String writeSql(Check.Write write, Session session, List<Value> parameters) throws SQLException {
        List<String> columns = new ArrayList<>(write.values().keySet());
        parameters.addAll(write.values().values());
        String filter = write.where() == null ? "" : " WHERE " + write.where();
        if (write.row() != null) {
            Row row = session.rows().get(write.row());
            if (!sameTable(session.connection(), row.table(), write.table())) {
                throw new Session.Unresolved(Value.literal(write.row(), write.source()), "'row' names fixture '"
                        + write.row() + "', a row of " + row.table() + ", not of " + write.table());
            }
            filter = " WHERE ctid = '" + row.ctid() + "'::tid";
        }
        return switch (write.command()) {
            case INSERT -> "INSERT INTO " + write.table() + " (" + String.join(", ", columns.stream().map(Session::quote)
                    .toList()) + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            case UPDATE -> "UPDATE " + write.table() + " SET " + String.join(", ", columns.stream()
                    .map(c -> Session.quote(c) + " = ?").toList()) + filter;
            case DELETE -> "DELETE FROM " + write.table() + filter;
        };
    }

    private static boolean sameTable(Connection connection, String a, String b) throws SQLException {
        if (a.equals(b)) {
            return true;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) = to_regclass(?)")) {
            statement.setString(1, a);
            statement.setString(2, b);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static String allowedDetail(PreparedStatement statement, boolean hasRows) throws SQLException {
        if (!hasRows) {
            return " (" + rows(statement.getUpdateCount()) + " affected)";
        }
        try (ResultSet result = statement.getResultSet()) {
            int count = Session.all(result).size();
            return " (" + rows(count) + " returned)";
        }
    }

    /** Compares visible rows with the expectation, naming the fixtures they are. */
    static String compareRows(Expectation expect, List<Map<String, String>> found, Map<String, Row> fixtures) {
        switch (expect.kind()) {
            case NONE:
                return found.isEmpty() ? null : "expected no rows, found " + rows(found.size()) + ": "
                        + String.join(", ", names(found, fixtures));
            case COUNT:
                return found.size() == expect.number() ? null : "expected " + expect.describe() + ", found "
                        + rows(found.size()) + (found.isEmpty() ? "" : ": " + String.join(", ", names(found, fixtures)));
            default:
                List<String> names = names(found, fixtures);
                List<String> expected = new ArrayList<>(expect.rows());
                List<String> sortedNames = new ArrayList<>(names);
                java.util.Collections.sort(sortedNames);
                java.util.Collections.sort(expected);
                if (sortedNames.equals(expected)) {
                    return null;
                }
                List<String> missing = new ArrayList<>(expected);
                names.forEach(missing::remove);
                List<String> extra = new ArrayList<>(names);
                expected.forEach(extra::remove);
                return "expected rows [" + String.join(", ", expect.rows()) + "], found ["
                        + String.join(", ", names) + "]" + (missing.isEmpty() ? "" : "; not visible: "
                        + String.join(", ", missing)) + (extra.isEmpty() ? "" : "; not expected: " + String.join(", ", extra));
            }
    }

    /**
     * The fixture each row is: of the fixtures whose columns shared with the row are all equal, the one
     * sharing the most columns (a document row is the document fixture, not the membership that shares its
     * organization id), or a short description of a row no fixture inserted.
     */
    private static List<String> names(List<Map<String, String>> found, Map<String, Row> fixtures) {
        List<String> names = new ArrayList<>();
        for (Map<String, String> row : found) {
            String name = null;
            int best = 0;
            for (Row fixture : fixtures.values()) {
                int shared = 0;
                boolean equal = true;
                for (Map.Entry<String, String> column : row.entrySet()) {
                    if (fixture.columns().containsKey(column.getKey())) {
                        shared++;
                        equal &= Objects.equals(column.getValue(), fixture.columns().get(column.getKey()));
                    }
                }
                if (equal && shared > best) {
                    name = fixture.fixture();
                    best = shared;
                }
            }
            if (name == null) {
                Map.Entry<String, String> first = row.entrySet().iterator().next();
                name = "a row not from the fixtures (" + first.getKey() + " " + first.getValue() + ")";
            }
            names.add(name);
        }
        return names;
    }

    private static String compareAssertion(Expectation expect, List<Map<String, String>> found) {
        if (found.size() != 1 || found.get(0).size() != 1) {
            return "an assertion must return one row with one column, it returned " + rows(found.size())
                    + (found.isEmpty() ? "" : " of " + found.get(0).size() + " columns");
        }
        String value = found.get(0).values().iterator().next();
        if (expect.kind() == Expectation.Kind.TRUE || expect.kind() == Expectation.Kind.FALSE) {
            String wanted = expect.kind() == Expectation.Kind.TRUE ? "t" : "f";
            return wanted.equals(value) ? null : "expected " + expect.describe() + ", it returned "
                    + ("t".equals(value) ? "true" : "f".equals(value) ? "false" : value);
        }
        java.math.BigDecimal number;
        try {
            number = new java.math.BigDecimal(String.valueOf(value));
        } catch (NumberFormatException e) {
            return "expected a number " + expect.describe() + ", it returned " + value;
        }
        int compared = number.compareTo(java.math.BigDecimal.valueOf(expect.number()));
        boolean ok = switch (expect.kind()) {
            case EQUALS -> compared == 0;
            case AT_LEAST -> compared >= 0;
            default -> compared <= 0;
        };
        return ok ? null : "expected " + expect.describe() + ", it returned " + value;
    }

    /** Whether {@code e} is the refusal the check names: any 42501, {@code rls}, {@code privilege} or a SQLSTATE. */
    static boolean isRefusal(SQLException e, String denial) {
        String state = e.getSQLState();
        boolean rls = e.getMessage() != null && e.getMessage().contains("row-level security");
        if (denial == null) {
            return "42501".equals(state);
        }
        return switch (denial) {
            case "rls" -> "42501".equals(state) && rls;
            case "privilege" -> "42501".equals(state) && !rls;
            default -> denial.equals(state);
        };
    }

    private static boolean undefinedObject(SQLException e) {
        return List.of("42P01", "42883", "42703", "3F000", "42704").contains(e.getSQLState());
    }

    private static String hint(SQLException e) {
        return "57014".equals(e.getSQLState()) ? " (the statement timeout ended it; raise statementTimeout or"
                + " make the statement cheaper)" : "";
    }

    private static String target(Check check) {
        if (check instanceof Check.Select s) {
            return s.relation();
        }
        if (check instanceof Check.Write w) {
            return w.table();
        }
        if (check instanceof Check.Call c) {
            return c.function();
        }
        return "assertion";
    }

    private static SourceRef targetSource(Check check) {
        if (check instanceof Check.Select s) {
            return s.relationSource();
        }
        if (check instanceof Check.Write w) {
            return w.tableSource();
        }
        if (check instanceof Check.Call c) {
            return c.functionSource();
        }
        return ((Check.Assertion) check).sqlSource();
    }

    private static Diagnostic problem(String code, Check check, Actor actor, String what, SourceRef at) {
        return new Diagnostic(code, Severity.ERROR, new Diagnostic.Subject("access check", check.name()), check.name(),
                "check '" + check.name() + "' (actor " + actor.describe() + ", " + check.kind() + " " + target(check)
                        + "): " + what, at);
    }

    /** PostgreSQL's message with its SQLSTATE, first line only (the driver adds position lines). */
    static String sqlError(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        message = message.replaceFirst("^ERROR: ", "");
        return message + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")");
    }

    static String rows(long count) {
        return count + (count == 1 ? " row" : " rows");
    }
}
