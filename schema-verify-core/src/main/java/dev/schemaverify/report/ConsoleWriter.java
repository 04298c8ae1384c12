package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The build log: the goal's own lines, a summary with counts, then the findings grouped by the object
 * they belong to, one compiler-style line each ({@code file:line:col: error [code] message}). Each line
 * carries the severity a logger should print it at.
 */
public final class ConsoleWriter implements ReportWriter {
    /** One rendered line with the severity it should be logged at. */
    public record Line(Severity severity, String text) {
    }

    @Override
    public String format() {
        return "console";
    }

    @Override
    public String fileName(String goal) {
        return null;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        for (Line line : lines(report)) {
            out.append(line.severity().label()).append(": ").append(line.text()).append('\n');
        }
    }

    public List<Line> lines(Report report) {
        List<Line> lines = new ArrayList<>();
        for (String text : report.preamble()) {
            lines.add(new Line(Severity.INFO, text));
        }
        for (ReportTable table : report.tables()) {
            lines.add(new Line(Severity.INFO, table.title() + ":"));
            table.aligned().forEach(text -> lines.add(new Line(Severity.INFO, "  " + text)));
        }
        if (report.diagnostics().isEmpty()) {
            if (report.cleanHeading() != null) {
                lines.add(new Line(Severity.INFO, report.cleanHeading()));
            }
        } else {
            Severity worst = worst(report);
            lines.add(new Line(worst, report.problemHeading() + " (" + report.counts() + ")"));
            for (String group : report.groups()) {
                List<Diagnostic> inGroup = report.in(group);
                if (inGroup.isEmpty()) {
                    continue;
                }
                lines.add(new Line(worst, "  " + group));
                for (Diagnostic diagnostic : inGroup) {
                    boolean accepted = report.isBaselined(diagnostic);
                    lines.add(new Line(accepted ? Severity.INFO : diagnostic.severity(),
                            "    " + diagnostic.line() + (accepted ? " (accepted by the baseline)" : "")));
                }
            }
        }
        if (!report.diagnostics().isEmpty() && report.failOn() != null && !report.failed()) {
            // Findings that do not fail the build still leave the question what was checked: say it.
            lines.add(new Line(Severity.INFO, "Passed: " + report.checked().size()
                    + " checked, nothing at or above " + report.failOn().label() + " outside the baseline."));
        }
        if (!report.notVerified().isEmpty()) {
            lines.add(new Line(Severity.WARNING, "Not verified (" + report.notVerifiedReason() + "): "
                    + Report.plural(report.notVerified().size(), "object")));
            for (String object : report.notVerified()) {
                lines.add(new Line(Severity.WARNING, "  " + object));
            }
        }
        return lines;
    }

    /** The most severe finding the baseline does not accept; INFO when all are accepted. */
    private static Severity worst(Report report) {
        return report.active().stream().map(Diagnostic::severity).max(Enum::compareTo).orElse(Severity.INFO);
    }
}
