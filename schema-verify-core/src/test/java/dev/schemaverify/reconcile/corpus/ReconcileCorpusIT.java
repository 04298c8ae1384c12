package dev.schemaverify.reconcile.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.reconcile.ReconcileOptions;
import dev.schemaverify.reconcile.ReconcilePlan;
import dev.schemaverify.reconcile.ReconcileScript;
import dev.schemaverify.reconcile.ReconcileStep;
import dev.schemaverify.reconcile.Reconciler;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The property that proves reconciliation, on every case of the corpus ({@link CorpusPair}) and in both
 * directions: for schemas A (actual) and E (expected), {@code reconcile.sql} applied to A leaves nothing for
 * a strict diff against E to report, and applying it a second time succeeds and still leaves nothing.
 * Backwards, {@code reconcile-rollback.sql} (the plan from E to A) does the same on a database holding E.
 * Where the diff finds A and E equal ({@code no-drift} cases) the plan must be empty. In a case with a
 * {@code manual} file the plan must hold a manual step, and only the findings listed there may remain.
 *
 * <p>In a case with an empty {@code manual} marker (a change PostgreSQL cannot make in place) the property is weaker and
 * different: both scripts flag at least one MANUAL step, plan nothing destructive, apply twice, and leave
 * exactly the differences their manual steps name, the same after the second run as after the first.
 *
 * <p>Each case builds two databases, one per side, and inspects both before either is changed: the forward
 * direction rewrites the A database, the backward one the E database.
 */
class ReconcileCorpusIT {
    /** Owners and comments too: both sides are databases the same role built, so they must agree on both. */
    private static final ReconcileOptions OPTIONS = new ReconcileOptions(true, true, false, true, true);
    private static final DiffOptions STRICT = new DiffOptions(true, true, true);

    @TestFactory
    Stream<DynamicNode> reconcileConvergesAndIsIdempotent() {
        return CorpusPair.all().stream().map(pair -> {
            Sides sides = new Sides(pair, pair.noDrift() ? 3 : 2);
            List<DynamicTest> tests = new ArrayList<>();
            if (pair.noDrift()) {
                tests.add(dynamicTest("plan is empty", () -> sides.use(() -> {
                    assertEquals(List.of(), steps(sides.actual(), sides.expected()), "a -> e");
                    assertEquals(List.of(), steps(sides.expected(), sides.actual()), "e -> a");
                })));
            }
            tests.add(dynamicTest("a -> e with reconcile.sql", () -> sides.use(() -> converge(pair, "reconcile.sql",
                    sides.actualUrl(), sides.actual(), sides.expected(),
                    "database " + pair.actualDisplay() + " -> " + pair.expectedDisplay()))));
            tests.add(dynamicTest("e -> a with reconcile-rollback.sql", () -> sides.use(() -> converge(pair,
                    "reconcile-rollback.sql", sides.expectedUrl(), sides.expected(), sides.actual(),
                    "database " + pair.expectedDisplay() + " -> " + pair.actualDisplay()))));
            return dynamicContainer(pair.name() + ": " + pair.description(), tests);
        });
    }

    private static List<String> steps(Snapshot actual, Snapshot expected) {
        ReconcilePlan plan = Reconciler.plan(actual, expected, OPTIONS);
        return plan.steps().stream().map(step -> step.reason() + ": " + step.sql()).toList();
    }

    /** Runs the plan from {@code actual} to {@code target} twice on the database at {@code url}. */
    private static void converge(CorpusPair pair, String scriptName, String url, Snapshot actual, Snapshot target,
            String title) throws SQLException {
        ReconcilePlan plan = Reconciler.plan(actual, target, OPTIONS);
        String script = ReconcileScript.render(plan, title, true);
        String display = pair.name() + "/" + scriptName;
        keep(pair, scriptName, script);
        if (pair.manual() && pair.manualFindings().isEmpty()) {
            leavesOnlyManualSteps(plan, script, display, url, target);
            return;
        }
        if (!pair.manualFindings().isEmpty() && plan.manualSteps().isEmpty()) {
            fail(display + ": the case lists findings a manual step leaves, but the plan has no manual step"
                    + listing(script));
        }
        try (Connection connection = TestDatabases.connect(url)) {
            for (String run : List.of("first", "second")) {
                try {
                    CorpusDatabases.apply(connection, script, display);
                } catch (SchemaVerifyException e) {
                    fail(display + " failed on its " + run + " run: " + e.getMessage() + listing(script), e);
                }
                List<Finding> findings = SchemaDiff.diff(target, CorpusDatabases.inspect(connection), STRICT).stream()
                        .filter(finding -> !pair.manualFindings().contains(finding.message())).toList();
                if (!findings.isEmpty()) {
                    fail(display + " after its " + run + " run still differs from the target:\n"
                            + CorpusDatabases.lines(findings) + listing(script));
                }
            }
        }
    }

    private static void leavesOnlyManualSteps(ReconcilePlan plan, String script, String display, String url,
            Snapshot target) throws SQLException {
        List<ReconcileStep> manual = plan.manualSteps();
        if (manual.isEmpty()) {
            fail(display + " is marked manual but flags no MANUAL step" + listing(script));
        }
        if (!script.contains("-- MANUAL, not run:")) {
            fail(display + " does not say MANUAL in the script" + listing(script));
        }
        List<String> destructive = plan.steps().stream().filter(ReconcileStep::destructive).map(ReconcileStep::sql).toList();
        if (!destructive.isEmpty()) {
            fail(display + " plans destructive steps beside a manual one: " + destructive + listing(script));
        }
        String named = manual.stream().map(ReconcileStep::reason).reduce("", (a, b) -> a + "\n" + b);
        List<Finding> afterFirst = null;
        try (Connection connection = TestDatabases.connect(url)) {
            for (String run : List.of("first", "second")) {
                try {
                    CorpusDatabases.apply(connection, script, display);
                } catch (SchemaVerifyException e) {
                    fail(display + " failed on its " + run + " run: " + e.getMessage() + listing(script), e);
                }
                List<Finding> findings = SchemaDiff.diff(target, CorpusDatabases.inspect(connection), STRICT);
                for (Finding finding : findings) {
                    if (!named.contains(finding.message())) {
                        fail(display + " after its " + run + " run leaves a difference no manual step names: "
                                + finding.message() + "\nall:\n" + CorpusDatabases.lines(findings) + listing(script));
                    }
                }
                if (afterFirst != null) {
                    assertEquals(CorpusDatabases.lines(afterFirst), CorpusDatabases.lines(findings),
                            display + ": the second run changed something");
                }
                afterFirst = findings;
            }
        }
    }

    /** Keeps each script under target/reconcile-corpus for a reviewer to read. */
    private static void keep(CorpusPair pair, String scriptName, String script) {
        try {
            Path file = Path.of("target", "reconcile-corpus", pair.name(), scriptName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String listing(String script) {
        return "\n--- script ---\n" + script + (script.endsWith("\n") ? "" : "\n") + "--- end of script ---";
    }

    /**
     * Both sides of a case, built and inspected once, on first use, for the tests of the case to share;
     * the databases are dropped when the last of those tests is done.
     */
    private static final class Sides {
        private final CorpusPair pair;
        private int usesLeft;
        private String actualUrl;
        private String expectedUrl;
        private Snapshot actual;
        private Snapshot expected;

        Sides(CorpusPair pair, int uses) {
            this.pair = pair;
            this.usesLeft = uses;
        }

        /** Runs one test of the case, then drops both databases if it was the last one. */
        void use(Executable test) throws Throwable {
            try {
                test.execute();
            } finally {
                release();
            }
        }

        private synchronized void release() throws SQLException {
            usesLeft--;
            if (usesLeft == 0 && actual != null) {
                CorpusDatabases.drop(actualUrl);
                CorpusDatabases.drop(expectedUrl);
            }
        }

        private synchronized void build() throws SQLException {
            if (actual == null) {
                String a = CorpusDatabases.create(pair.actualSql(), pair.actualDisplay());
                String e = CorpusDatabases.create(pair.expectedSql(), pair.expectedDisplay());
                Snapshot inspectedA = CorpusDatabases.inspect(a);
                expected = CorpusDatabases.inspect(e);
                actualUrl = a;
                expectedUrl = e;
                actual = inspectedA;
            }
        }

        String actualUrl() throws SQLException {
            build();
            return actualUrl;
        }

        String expectedUrl() throws SQLException {
            build();
            return expectedUrl;
        }

        Snapshot actual() throws SQLException {
            build();
            return actual;
        }

        Snapshot expected() throws SQLException {
            build();
            return expected;
        }
    }
}
