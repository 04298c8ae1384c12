package dev.schemaverify.report;

import dev.schemaverify.api.RollbackCheckResult;


import dev.schemaverify.model.Severity;
import dev.schemaverify.rollback.MigrationCheck;
import dev.schemaverify.rollback.MigrationCheck.Outcome;
import dev.schemaverify.rollback.RollbackFinding;
import dev.schemaverify.rollback.RollbackReport;



import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a rollback check: console lines with each migration's timing, and a JSON file for CI. The JSON
 * holds no timings, so that it is the same on every run of the same migrations.
 */
public final class RollbackCheckReport {
    private RollbackCheckReport() {
    }

    /** Console lines: one per migration with its timing, then the failures, then a summary. */
    public static List<ConsoleReport.Line> render(RollbackCheckResult result) {
        RollbackReport report = result.report();
        List<ConsoleReport.Line> lines = new ArrayList<>();
        lines.add(info("Rollback check of " + report.source() + " on " + result.database() + ":"));
        for (MigrationCheck check : report.migrations()) {
            lines.add(info("  " + check.version() + " " + check.description() + ": " + progress(check)));
        }
        for (MigrationCheck check : report.migrations()) {
            if (!check.findings().isEmpty()) {
                Severity severity = check.outcome() == Outcome.FAILED ? Severity.ERROR : Severity.WARNING;
                lines.add(new ConsoleReport.Line(severity, "Migration " + check.version() + " (up "
                        + check.location() + ", down " + (check.rollbackLocation() == null ? "none"
                                : check.rollbackLocation()) + "):"));
                for (RollbackFinding finding : check.findings()) {
                    lines.add(new ConsoleReport.Line(finding.severity(), "  " + finding.location() + ": "
                            + finding.severity().label() + " [" + finding.code() + "] " + finding.message()));
                }
            }
        }
        String counts = report.count(Outcome.PASSED) + " passed, " + report.count(Outcome.FAILED) + " failed, "
                + report.count(Outcome.SKIPPED) + " skipped, " + report.count(Outcome.APPLIED) + " applied only, "
                + report.count(Outcome.NOT_REACHED) + " never reached";
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        String warned = warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")";
        if (report.passed()) {
            lines.add(info("Rollback check passed: " + report.migrations().size() + " migrations: " + counts + warned
                    + ", in " + millis(report.total()) + "."));
        } else {
            lines.add(new ConsoleReport.Line(Severity.ERROR, "Rollback check failed: " + report.migrations().size()
                    + " migrations: " + counts + warned + ", in " + millis(report.total()) + "."));
        }
        return lines;
    }

    private static String progress(MigrationCheck check) {
        MigrationCheck.Timings t = check.timings();
        return switch (check.outcome()) {
            case PASSED, FAILED -> check.outcome().name().toLowerCase(Locale.ROOT) + " in " + millis(t.total())
                    + " (up " + millis(t.up()) + ", down " + millis(t.down()) + ", up again " + millis(t.reapply())
                    + ", inspect " + millis(t.inspect()) + ")";
            case NOT_REACHED -> "not reached: " + check.note();
            case SKIPPED, APPLIED -> check.outcome().name().toLowerCase(Locale.ROOT) + " in " + millis(t.up())
                    + ": " + check.note();
        };
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static ConsoleReport.Line info(String text) {
        return new ConsoleReport.Line(Severity.INFO, text);
    }

    /** The JSON report: deterministic, no timings or timestamps. */
    public static String renderJson(RollbackCheckResult result) {
        RollbackReport report = result.report();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "schema-verify");
        root.put("format", JsonReport.FORMAT_VERSION);
        root.put("check", "rollback");
        root.put("source", report.source());
        root.put("database", result.database());
        root.put("passed", report.passed());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("migrations", report.migrations().size());
        for (Outcome outcome : Outcome.values()) {
            summary.put(outcome.name().toLowerCase(Locale.ROOT), report.count(outcome));
        }
        summary.put("findings", report.findings().size());
        root.put("summary", summary);
        List<Object> migrations = new ArrayList<>();
        for (MigrationCheck check : report.migrations()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("version", check.version());
            entry.put("description", check.description());
            entry.put("up", check.location());
            entry.put("down", check.rollbackLocation());
            entry.put("outcome", check.outcome().name().toLowerCase(Locale.ROOT));
            if (check.note() != null) {
                entry.put("note", check.note());
            }
            List<Object> findings = new ArrayList<>();
            for (RollbackFinding finding : check.findings()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("code", finding.code());
                f.put("severity", finding.severity().label());
                f.put("location", finding.location());
                f.put("message", finding.message());
                findings.add(f);
            }
            entry.put("findings", findings);
            migrations.add(entry);
        }
        root.put("migrations", migrations);
        return Json.write(root);
    }

    /** Writes the JSON report to {@code file}, creating its folder. */
    public static void write(RollbackCheckResult result, Path file) {
        ReportFiles.write(file, renderJson(result));
    }
}
