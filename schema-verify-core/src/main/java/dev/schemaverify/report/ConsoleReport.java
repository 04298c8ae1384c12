package dev.schemaverify.report;

import dev.schemaverify.diff.Finding;

/**
 * The compiler-style line of one drift finding. The console itself is {@link ConsoleWriter}; this
 * bridge keeps tests that print findings ({@code ConsoleReport::line}) working while the branches that
 * use it merge, and goes when they have.
 *
 * @deprecated use {@code finding.toDiagnostic().line()}
 */
@Deprecated
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /** {@code file:line:col: error [code] message}, or without a location when there is none. */
    public static String line(Finding finding) {
        return finding.toDiagnostic().line();
    }
}
