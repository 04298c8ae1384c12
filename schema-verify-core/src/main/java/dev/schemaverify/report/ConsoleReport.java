package dev.schemaverify.report;

import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.NotVerified;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a verification for a console: a summary, then findings grouped by the top-level object they
 * belong to, one compiler-style line each ({@code file:line:col: error [code] message}).
 */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /** One rendered line with the severity it should be logged at. */
    public record Line(Severity severity, String text) {
    }

    public static List<Line> render(VerifyResult result) {
        List<Line> lines = new ArrayList<>();
        if (result.findings().isEmpty()) {
            lines.add(new Line(Severity.INFO, "No drift (" + (result.strict() ? "strict" : "partial") + "): "
                    + result.actual() + " matches " + result.expected() + ": " + compared(result) + "."));
        } else {
            Severity worst = result.hasFindingsAtLeast(Severity.ERROR) ? Severity.ERROR
                    : result.hasFindingsAtLeast(Severity.WARNING) ? Severity.WARNING : Severity.INFO;
            lines.add(new Line(worst, summary(result)));
            for (Map.Entry<String, List<Finding>> group : groups(result.findings()).entrySet()) {
                lines.add(new Line(worst, "  " + group.getKey()));
                for (Finding finding : group.getValue()) {
                    lines.add(new Line(finding.severity(), "    " + line(finding)));
                }
            }
        }
        lines.addAll(notVerified(result.notVerified()));
        return lines;
    }

    /**
     * What the model does not cover, so no check (verify or diff) compared it: a heading and one line per
     * object, or nothing.
     */
    public static List<Line> notVerified(List<NotVerified> objects) {
        List<Line> lines = new ArrayList<>();
        if (!objects.isEmpty()) {
            lines.add(new Line(Severity.WARNING, "Not verified (the contract model does not cover these yet): "
                    + objects.size() + " object(s)"));
            for (NotVerified object : objects) {
                lines.add(new Line(Severity.WARNING, "  " + object));
            }
        }
        return lines;
    }

    /** {@code file:line:col: error [code] message}, or without a location when there is none. */
    public static String line(Finding finding) {
        String where = finding.source() == null ? "" : finding.source() + ": ";
        return where + finding.severity().label() + " [" + finding.code() + "] " + finding.message();
    }

    private static String summary(VerifyResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        return "Schema drift: " + result.actual() + " differs from " + result.expected() + " ("
                + plural(errors, "error") + ", " + plural(warnings, "warning") + ")";
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    /** {@code 7 tables, 52 columns, 1 policy compared}, or {@code nothing compared}. */
    private static String compared(VerifyResult result) {
        if (result.compared().isEmpty()) {
            return "nothing compared";
        }
        return result.compared().stream().map(c -> c.count() + " " + (c.count() == 1 ? c.kind() : plural(c.kind())))
                .collect(java.util.stream.Collectors.joining(", ")) + " compared";
    }

    /** {@code index} to {@code indexes}, {@code policy} to {@code policies}, {@code primary key} to {@code primary keys}. */
    private static String plural(String kind) {
        if (kind.endsWith("y") && !kind.endsWith("ey")) {
            return kind.substring(0, kind.length() - 1) + "ies";
        }
        return kind + (kind.endsWith("x") || kind.endsWith("s") ? "es" : "s");
    }

    /** Findings grouped under their top-level object, e.g. {@code table public.profiles}. */
    private static Map<String, List<Finding>> groups(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            groups.computeIfAbsent(groupOf(finding), k -> new ArrayList<>()).add(finding);
        }
        return groups;
    }

    private static String groupOf(Finding finding) {
        return switch (finding.objectKind()) {
            case "column", "primary key", "unique constraint", "foreign key", "check constraint", "index", "policy",
                    "trigger", "grant" -> "table " + tableOf(finding);
            default -> finding.objectKind() + " " + finding.path();
        };
    }

    /** The table part of a part's path: everything before the last dot that is not inside quotes. */
    private static String tableOf(Finding finding) {
        if (finding.objectKind().equals("primary key")) {
            return finding.path();
        }
        String path = finding.path();
        boolean quoted = false;
        int lastDot = -1;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                lastDot = i;
            }
        }
        return lastDot < 0 ? path : path.substring(0, lastDot);
    }
}
