package dev.schemaverify.access;

import dev.schemaverify.model.Diagnostic;
import java.util.List;

/**
 * What one run of the access tests found, ready to become a report: the test cases that ran (a passing
 * one has no diagnostic), the problems as diagnostics, what could not run and why, the console lines
 * (one per check), and the RLS matrix when one was computed.
 *
 * @param checked the test cases, in file order: check names, then {@code rls matrix <table> as <role>}
 *     when the matrix is pinned
 * @param diagnostics failed checks, entries that could not run, matrix changes
 * @param notRun test cases that did not run, each with the reason
 * @param lines one console line per check ({@code passed: anon reads no profiles})
 * @param matrix the matrix rows (table, role, select, insert, update, delete), empty when none was asked for
 * @param matrixPin the computed matrix as the YAML to pin it, or empty
 */
public record AccessRun(List<String> checked, List<Diagnostic> diagnostics, List<String> notRun, List<String> lines,
        List<List<String>> matrix, List<String> matrixPin) {
    public AccessRun {
        checked = List.copyOf(checked);
        diagnostics = List.copyOf(diagnostics);
        notRun = List.copyOf(notRun);
        lines = List.copyOf(lines);
        matrix = matrix.stream().map(List::copyOf).toList();
        matrixPin = List.copyOf(matrixPin);
    }
}
