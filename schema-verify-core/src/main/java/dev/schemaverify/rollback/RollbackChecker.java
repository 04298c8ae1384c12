package dev.schemaverify.rollback;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.inspect.IncrementalInspector;
import dev.schemaverify.inspect.IncrementalInspector.Tracked;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.Progress;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.rollback.MigrationCheck.Outcome;
import dev.schemaverify.rollback.MigrationCheck.Timings;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Proves that every migration's rollback reverts it, on a throwaway database: for each migration in
 * order, inspect the schema, apply the migration, inspect, roll it back and require exactly the schema
 * before it, then apply it again and require exactly the schema after it. Differences are reported as
 * what the rollback leaves behind, removes or leaves changed.
 *
 * <p><b>Every migration in one run.</b> A failing migration does not end the check. The rollback of a
 * transactional migration, and the re-apply after it, run in one transaction that is always rolled back,
 * so whatever the rollback does (or fails to do) the database returns to the state after the migration's
 * up, and the next migration is checked from there. A non-transactional migration (autocommit) is
 * applied again after a failing rollback; only when the schema is then not the one after its up is the
 * rest reported as never reached, with the reason.
 *
 * <p><b>Sessions.</b> Given a {@link Supplier} of connections, each up and each rollback runs in a session
 * of its own, as a real deploy and a real rollback do: a {@code CREATE TEMPORARY TABLE} in an up does not
 * leak into its down. Inspections use a session of their own.
 *
 * <p><b>Two kinds of failure.</b> A rollback that does not restore the schema before it (or fails) is an
 * {@link Severity#ERROR}. An up that gives a different schema when applied again after a correct rollback
 * ({@code up-not-reproducible}, a view embedding {@code now()} at creation, say) is a
 * {@link Severity#WARNING}: the rollback is fine, the migration is not deterministic.
 *
 * <p>A step whose {@link MigrationStep#skipReason preconditions} say it would not run (a Liquibase
 * changeset with {@code onFail: MARK_RAN}) is skipped with that reason, neither applied nor checked.
 *
 * <p>A missing rollback (when required) is a finding; the migration is applied and the next one checked.
 * Migration tools' bookkeeping tables are not part of the compared schema. The database must be one that
 * may be changed freely: a shadow database.
 */
public final class RollbackChecker {
    /** Tables of migration tools, left out of the compared schema. */
    public static final List<String> BOOKKEEPING_TABLES = InspectOptions.BOOKKEEPING_TABLES;

    private final RollbackCheckOptions options;
    /** Inspections after the first read only what the migration, its rollback or its re-apply touched. */
    private final IncrementalInspector inspector =
            new IncrementalInspector(InspectOptions.allSchemas().withExcludedTables(BOOKKEEPING_TABLES));

    private final Progress progress;

    public RollbackChecker(RollbackCheckOptions options) {
        this(options, Progress.NONE);
    }

    /** A checker that prints a progress line every few seconds through a long history. */
    public RollbackChecker(RollbackCheckOptions options, Progress progress) {
        this.options = Objects.requireNonNull(options, "options");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Applies and checks the source's migrations on {@code shadow}, every step in that one session. */
    public RollbackReport check(MigrationSource source, Connection shadow) {
        return check(source, new Sessions(shadow, null));
    }

    /**
     * Applies and checks the source's migrations, each up and each rollback in a new session from
     * {@code sessions} (closed after use); inspections share one more session.
     */
    public RollbackReport check(MigrationSource source, Supplier<Connection> sessions) {
        try (Connection inspecting = sessions.get(); Sessions reused = new Sessions(inspecting, sessions)) {
            return check(source, reused);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
        }
    }

    private RollbackReport check(MigrationSource source, Sessions sessions) {
        List<MigrationStep> steps = source.steps();
        long versioned = steps.stream().filter(s -> !s.repeatable()).count();
        long firstChecked = options.last() == 0 ? 0 : Math.max(0, versioned - options.last());
        List<MigrationCheck> checks = new ArrayList<>();
        Tracked current = null;
        /** The latest inspection, where the next one starts from even when the schema changed since. */
        Tracked latest = null;
        String stopped = null;
        int index = 0;
        Progress.Task task = progress.start("checking rollbacks", steps.size(), "migrations");
        for (MigrationStep step : steps) {
            task.done(checks.size());
            if (stopped != null) {
                checks.add(check(step, Outcome.NOT_REACHED, stopped, Timings.NONE, List.of()));
                continue;
            }
            String precondition = step.skipReason(sessions.inspecting());
            if (precondition != null) {
                index++;
                checks.add(check(step, Outcome.SKIPPED, precondition, Timings.NONE, List.of()));
                continue;
            }
            String skipNote = skipNote(step, index++ < firstChecked);
            if (skipNote != null) {
                Duration[] up = {Duration.ZERO};
                try {
                    up[0] = time(() -> sessions.run(c -> StepTransactions.apply(c, step)));
                } catch (SchemaVerifyException e) {
                    if (e.code() != ErrorCode.SQL) {
                        throw e;
                    }
                    checks.add(check(step, Outcome.FAILED, skipNote, Timings.NONE, List.of(new RollbackFinding(
                            "up-failed", step.location(), "applying " + step.version() + " fails: " + e.getMessage()))));
                    stopped = "never reached: migration " + step.version() + " does not apply";
                    continue;
                }
                Outcome outcome = step.repeatable() || step.rollbackLocation() == null ? Outcome.SKIPPED : Outcome.APPLIED;
                checks.add(check(step, outcome, skipNote, new Timings(up[0], Duration.ZERO, Duration.ZERO,
                        Duration.ZERO), List.of()));
                current = null;
                continue;
            }
            Run run = new Run(step, sessions, current, latest);
            checks.add(run.check());
            stopped = run.stopped;
            current = run.after;
            latest = run.latest;
        }
        task.finish();
        return new RollbackReport(source.describe(), checks);
    }

    /** Why a step is only applied, or {@code null} when it is checked. */
    private String skipNote(MigrationStep step, boolean beforeLast) {
        if (step.repeatable()) {
            return "repeatable migration: it has no rollback to check";
        }
        if (options.appliedVersions().contains(step.version())) {
            return "already applied to the target database: its rollback would never run there";
        }
        if (beforeLast) {
            return "applied without checking: only the last " + options.last() + " migrations are checked";
        }
        if (step.rollbackLocation() == null && !options.requireRollbacks()) {
            return "no rollback to check (rollbacks are not required)";
        }
        return null;
    }

    /**
     * Where steps run: with a supplier, each in a session that is as new (a worker connection reset as
     * {@code DISCARD ALL} would, see {@link #reset}: no temporary tables, settings, SQL-prepared statements,
     * advisory locks or role of an earlier step); else all in the one connection. Opening a connection per step cost more than the
     * step: a new server process reads its catalog caches afresh, and the inspections that follow in it
     * paid that on every query. Where a new connection would start differently from a reset one (a
     * migration ran {@code ALTER DATABASE/ROLE ... SET}, or changed the login role), a new one is opened.
     */
    private static final class Sessions implements AutoCloseable {
        private final Connection inspecting;
        private final Supplier<Connection> fresh;
        private Connection worker;
        private String workerStart;

        Sessions(Connection inspecting, Supplier<Connection> fresh) {
            this.inspecting = inspecting;
            this.fresh = fresh;
        }

        Connection inspecting() {
            return inspecting;
        }

        void run(Consumer<Connection> work) {
            if (fresh == null) {
                work.accept(inspecting);
                return;
            }
            work.accept(session());
        }

        private Connection session() {
            String start = sessionStart();
            try {
                if (worker != null && start.equals(workerStart) && !worker.isClosed()) {
                    if (!worker.getAutoCommit()) {
                        worker.rollback();
                        worker.setAutoCommit(true);
                    }
                    reset(worker);
                    return worker;
                }
            } catch (SQLException e) {
                // the worker is unusable (a failed step broke it): a new connection replaces it below
            }
            close();
            worker = fresh.get();
            workerStart = start;
            return worker;
        }

        /**
         * Leaves {@code session} as a new connection starts, like {@code DISCARD ALL}, but keeps the plans of
         * the driver's own prepared statements: {@code DISCARD ALL} also deallocates those, and then every
         * inspection in the worker planned its catalog queries again (the catalog marks query alone plans
         * in about 70 ms, and runs in 25). The shadow's connections also keep them across DDL
         * ({@link dev.schemaverify.shadow.JdbcUrls#KEEP_PLANS_ACROSS_DDL}). Statements a migration prepared with SQL {@code PREPARE} are
         * deallocated, as a new session would not have them; cached plans do not outlive the DDL they depend
         * on, which PostgreSQL invalidates itself.
         */
        private static void reset(Connection session) throws SQLException {
            try (Statement statement = session.createStatement()) {
                statement.execute("CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; UNLISTEN *;"
                        + " SELECT pg_advisory_unlock_all(); DISCARD SEQUENCES");
                forgetStepState(statement);
            }
        }

        /** What a new session starts from besides the server's defaults: database and role settings, the login role. */
        private String sessionStart() {
            try (Statement statement = inspecting.createStatement();
                    ResultSet row = statement.executeQuery(SESSION_START)) {
                row.next();
                return String.valueOf(row.getString(1));
            } catch (SQLException e) {
                throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (worker != null) {
                try {
                    worker.close();
                } catch (SQLException e) {
                    // a worker that cannot close cleanly is gone either way
                }
                worker = null;
            }
        }
    }

    /**
     * {@code RESET ALL}, as a query: every setting the session changed goes back to the value a new session
     * starts with. Written as {@code set_config} because pgjdbc forgets all its server-prepared statements
     * when it sees {@code RESET ALL} or {@code SET search_path} (types may resolve differently after them),
     * and the catalog queries, which name every schema they read, would then be planned again.
     */
    private static final String RESET_SETTINGS = "SELECT set_config(name, reset_val, false) FROM pg_settings"
            + " WHERE source = 'session' AND name NOT IN ('transaction_isolation', 'transaction_read_only',"
            + " 'transaction_deferrable', 'session_authorization', 'is_superuser')";

    /**
     * What a step leaves in its session and the next step must not see: temporary objects, settings and
     * statements SQL {@code PREPARE} made (not the driver's own). Allowed inside a transaction, so the
     * re-apply after a rolled-back down uses it as well as the reset between steps.
     */
    private static void forgetStepState(Statement statement) throws SQLException {
        statement.execute("DISCARD TEMP");
        statement.execute(RESET_SETTINGS);
        List<String> prepared = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT name FROM pg_prepared_statements WHERE from_sql")) {
            while (rows.next()) {
                prepared.add(rows.getString(1));
            }
        }
        for (String name : prepared) {
            statement.execute("DEALLOCATE " + Identifiers.quoteAlways(name));
        }
    }

    private static final String SESSION_START = "SELECT coalesce((SELECT string_agg(s.setdatabase || '/' || s.setrole"
            + " || '/' || array_to_string(s.setconfig, ','), ';' ORDER BY s.setdatabase, s.setrole) FROM pg_db_role_setting s),"
            + " '') || '|' || (SELECT r::text FROM pg_roles r WHERE r.rolname = session_user)";

    /** One migration checked: up, down, up again. */
    private final class Run {
        private final MigrationStep step;
        private final Sessions sessions;
        private final Tracked known;
        private Duration up = Duration.ZERO;
        private Duration down = Duration.ZERO;
        private Duration reapply = Duration.ZERO;
        private Duration inspecting = Duration.ZERO;
        private final List<RollbackFinding> findings = new ArrayList<>();
        /** The schema before this migration. */
        private Tracked before;
        /** The schema after this migration, where the next one starts; {@code null} when unknown. */
        Tracked after;
        /** The latest inspection of a committed state (any will do as a start for the next inspection). */
        Tracked latest;
        /** Why the migrations after this one cannot be checked, or {@code null}. */
        String stopped;

        Run(MigrationStep step, Sessions sessions, Tracked known, Tracked latest) {
            this.step = step;
            this.sessions = sessions;
            this.known = known;
            this.latest = latest;
        }

        MigrationCheck check() {
            before = step.rollbackLocation() == null ? null : known != null ? known : inspect();
            if (before != null) {
                latest = before;
            }
            long started = System.nanoTime();
            try {
                sessions.run(c -> StepTransactions.apply(c, step));
            } catch (SchemaVerifyException e) {
                if (e.code() != ErrorCode.SQL) {
                    throw e;
                }
                findings.add(new RollbackFinding("up-failed", step.location(), "applying " + step.version()
                        + " fails: " + e.getMessage()));
                stopped = "never reached: migration " + step.version() + " does not apply";
                return result();
            } finally {
                up = Duration.ofNanos(System.nanoTime() - started);
            }
            if (step.rollbackLocation() == null) {
                findings.add(new RollbackFinding("missing-rollback", step.location(), "migration " + step.version()
                        + " has no rollback to check; write one, or stop requiring rollbacks to skip such migrations"));
                return result();
            }
            after = inspect();
            latest = after;
            if (step.transactional()) {
                sessions.run(this::downAndUpRolledBack);
            } else {
                sessions.run(this::downAndUpCommitted);
            }
            return result();
        }

        /** Down, compare, up again, compare, all in one transaction that is then rolled back: back to {@link #after}. */
        private void downAndUpRolledBack(Connection session) {
            try {
                boolean autoCommit = session.getAutoCommit();
                session.setAutoCommit(false);
                try {
                    if (!timedDown(() -> step.rollback(session))) {
                        return;
                    }
                    compare(before.snapshot(), inspect(session).snapshot(), true);
                    if (failed()) {
                        return;
                    }
                    // the re-apply must not see the rollback's temporary objects or settings, as in a new session
                    discardSession(session);
                    if (!timedReapply(() -> step.apply(session))) {
                        return;
                    }
                    compare(after.snapshot(), inspect(session).snapshot(), false);
                } finally {
                    session.rollback();
                    session.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed while rolling back "
                        + step.rollbackLocation() + ": " + e.getMessage(), e);
            }
        }

        private void discardSession(Connection session) {
            try (java.sql.Statement statement = session.createStatement()) {
                forgetStepState(statement);
            } catch (SQLException e) {
                throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
            }
        }

        /** As {@link #downAndUpRolledBack} for a step that runs outside a transaction: each part commits. */
        private void downAndUpCommitted(Connection session) {
            boolean downRan = timedDown(() -> StepTransactions.rollback(session, step));
            if (downRan) {
                compare(before.snapshot(), inspect(session).snapshot(), true);
            }
            boolean rollbackFailed = failed();
            discardSession(session);
            if (!timedReapply(() -> StepTransactions.apply(session, step))) {
                stopped = "never reached: the shadow database is in no known state after the rollback of "
                        + step.version() + " (it runs outside a transaction)";
                after = null;
                return;
            }
            Tracked again = inspect(session);
            latest = again;
            if (rollbackFailed) {
                if (!SchemaDiff.diff(after.snapshot(), again.snapshot(), new DiffOptions(true)).isEmpty()
                        || !SchemaDiff.diff(again.snapshot(), after.snapshot(), new DiffOptions(true)).isEmpty()) {
                    stopped = "never reached: after the failed rollback of " + step.version() + " (outside a"
                            + " transaction) and its up again, the schema is not the one after its up";
                    after = null;
                }
                return;
            }
            compare(after.snapshot(), again.snapshot(), false);
            after = again;
        }

        private boolean timedDown(Runnable work) {
            long started = System.nanoTime();
            try {
                work.run();
                return true;
            } catch (SchemaVerifyException e) {
                if (e.code() != ErrorCode.SQL) {
                    throw e;
                }
                findings.add(new RollbackFinding("rollback-failed", step.rollbackLocation(),
                        "rollback of " + step.version() + " fails: " + e.getMessage()));
                return false;
            } finally {
                down = Duration.ofNanos(System.nanoTime() - started);
            }
        }

        private boolean timedReapply(Runnable work) {
            long started = System.nanoTime();
            try {
                work.run();
                return true;
            } catch (SchemaVerifyException e) {
                if (e.code() != ErrorCode.SQL) {
                    throw e;
                }
                findings.add(new RollbackFinding("reapply-failed", step.location(), "re-applying " + step.version()
                        + " after its rollback fails: " + e.getMessage()));
                return false;
            } finally {
                reapply = Duration.ofNanos(System.nanoTime() - started);
            }
        }

        private boolean failed() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }

        private MigrationCheck result() {
            Outcome outcome = failed() ? Outcome.FAILED : Outcome.PASSED;
            return RollbackChecker.check(step, outcome, null, new Timings(up, down, reapply, inspecting), findings);
        }

        private Tracked inspect() {
            return inspect(sessions.inspecting());
        }

        /** Inspects from {@link #latest}: only what changed since is read again. */
        private Tracked inspect(Connection connection) {
            long started = System.nanoTime();
            try {
                return inspector.inspect(connection, latest);
            } finally {
                inspecting = inspecting.plus(Duration.ofNanos(System.nanoTime() - started));
            }
        }

        /**
         * Every difference between {@code expected} and {@code actual}, both ways: objects only on one side
         * whatever their schema, and properties set on either side.
         */
        private void compare(Snapshot expected, Snapshot actual, boolean rollback) {
            // both sides are the same database as the same role: a comment or owner a rollback leaves is left behind
            DiffOptions strict = new DiffOptions(true, true, true);
            Map<String, String> lines = new LinkedHashMap<>();
            for (Finding f : SchemaDiff.diff(expected, actual, strict)) {
                add(lines, f, false, rollback);
            }
            for (Finding f : SchemaDiff.diff(actual, expected, strict)) {
                add(lines, f, true, rollback);
            }
            String location = rollback ? step.rollbackLocation() : step.location();
            List<RollbackFinding> found = new ArrayList<>();
            for (Map.Entry<String, String> line : lines.entrySet()) {
                String code = rollback ? line.getKey().substring(0, line.getKey().indexOf('|')) : "up-not-reproducible";
                found.add(new RollbackFinding(code, location, line.getValue(),
                        rollback ? Severity.ERROR : Severity.WARNING));
            }
            found.sort(Comparator.comparing(RollbackFinding::message));
            findings.addAll(found);
        }

        /** Adds a rendered finding keyed so that the same difference seen from both sides counts once. */
        private void add(Map<String, String> lines, Finding f, boolean reversed, boolean rollback) {
            String what = f.objectKind() + " " + f.path();
            String v = step.version();
            boolean extra = f.kind() == Finding.Kind.UNEXPECTED ^ reversed;
            String notReproducible = "the up of " + v + " is not reproducible: ";
            if (f instanceof Finding.Changed c) {
                String was = reversed ? c.actual() : c.expected();
                String is = reversed ? c.expected() : c.actual();
                String change = changed(c.property(), was, is, rollback ? "before " + v : "the first time",
                        rollback ? "after the rollback" : "now");
                String text = rollback ? "rollback of " + v + " leaves " + what + " changed: " + change
                        : notReproducible + what + " comes out different when re-applied after its rollback: " + change;
                lines.putIfAbsent("rollback-changes|" + what + "|" + c.property(), text);
            } else if (extra) {
                String text = rollback ? "rollback of " + v + " leaves behind " + what
                        : notReproducible + "re-applied after its rollback, it creates " + what
                                + ", which the first apply did not";
                lines.putIfAbsent("rollback-leaves-behind|" + what, text);
            } else {
                String text = rollback ? "rollback of " + v + " removes " + what + ", which existed before " + v
                        : notReproducible + "re-applied after its rollback, it does not create " + what
                                + ", which the first apply did";
                lines.putIfAbsent("rollback-removes|" + what, text);
            }
        }
    }

    private static String changed(String property, String was, String is, String wasWhen, String isWhen) {
        Finding.LineDifference difference = Finding.LineDifference.of(was, is);
        if (difference != null) {
            return property + " differs at line " + difference.line() + ": " + difference.before() + " " + wasWhen
                    + ", " + difference.after() + " " + isWhen;
        }
        return property + " was " + Finding.Changed.show(was) + " " + wasWhen + ", is " + Finding.Changed.show(is) + " "
                + isWhen;
    }

    private static MigrationCheck check(MigrationStep step, Outcome outcome, String note, Timings timings,
            List<RollbackFinding> findings) {
        return new MigrationCheck(step.version(), step.description(), step.location(), step.rollbackLocation(),
                outcome, note, timings, findings);
    }

    private static Duration time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
