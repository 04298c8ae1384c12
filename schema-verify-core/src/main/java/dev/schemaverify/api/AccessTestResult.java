package dev.schemaverify.api;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.report.ReportTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of the access tests: every check is a test case (passing when it has no diagnostic), and
 * the RLS matrix, when the file asks for one, is a table of the report.
 *
 * @param file the access-test file as named in messages
 * @param database where they ran, e.g. {@code shadow database (PostgreSQL 17, 8 migrations)}
 * @param checked the test cases in file order
 * @param diagnostics failed checks, entries that could not run, matrix changes
 * @param notRun test cases that did not run, with the reason
 * @param lines one console line per check
 * @param matrix the RLS matrix rows (table, role, select, insert, update, delete); empty when not asked for
 * @param matrixPin the YAML lines that pin the computed matrix
 * @param pinned whether the file pins the matrix
 */
public record AccessTestResult(String file, String database, List<String> checked, List<Diagnostic> diagnostics,
        List<String> notRun, List<String> lines, List<List<String>> matrix, List<String> matrixPin, boolean pinned)
        implements GoalResult {
    /** The matrix table's header. */
    public static final List<String> MATRIX_HEADER = List.of("table", "role", "select", "insert", "update", "delete");

    public AccessTestResult {
        checked = List.copyOf(checked);
        diagnostics = List.copyOf(diagnostics);
        notRun = List.copyOf(notRun);
        lines = List.copyOf(lines);
        matrix = matrix.stream().map(List::copyOf).toList();
        matrixPin = List.copyOf(matrixPin);
    }

    @Override
    public Report report(ReportPolicy policy) {
        List<String> preamble = new ArrayList<>(lines);
        if (!matrix.isEmpty() && !pinned) {
            preamble.add("To pin the RLS matrix, so any change fails the build, add to " + file + ":");
            preamble.add("  matrix:");
            preamble.add("    expect:");
            matrixPin.forEach(line -> preamble.add("  " + line));
        }
        long cells = checked.stream().filter(c -> c.startsWith("rls matrix ")).count();
        long plain = checked.size() - cells;
        String checks = plain + (plain == 1 ? " check" : " checks")
                + (cells == 0 ? "" : " and " + cells + " pinned matrix " + (cells == 1 ? "entry" : "entries"));
        Report report = Report.of("access-test", "access tests " + file + " on " + database,
                "Access tests failed: " + file + " on " + database,
                "Access tests passed: " + checks + " of " + file + " on " + database + ".",
                "Fix the grants or policies, or the expectation in " + file + ".",
                checked, notRun, preamble, diagnostics);
        if (!matrix.isEmpty()) {
            report = report.withTables(List.of(new ReportTable("RLS matrix (API roles without claims)", MATRIX_HEADER,
                    matrix)));
        }
        return policy.apply(report);
    }
}
