package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import java.io.IOException;
import java.util.List;

/**
 * {@code <goal>.md}: a summary for pull requests and GitHub's job summary ({@code GITHUB_STEP_SUMMARY}):
 * the outcome, the counts, and one table of findings in report order (grouped by object, contract line
 * order within an object).
 */
public final class MarkdownWriter implements ReportWriter {
    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileName(String goal) {
        return goal + ".md";
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        out.append("### schema-verify ").append(report.goal()).append(": ")
                .append(report.failed() ? "failed" : "passed").append("\n\n");
        out.append(cell(report.title())).append("\n\n");
        out.append("| errors | warnings | infos | in baseline | checked | not verified |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        out.append("| ").append(String.valueOf(report.count(Severity.ERROR)))
                .append(" | ").append(String.valueOf(report.count(Severity.WARNING)))
                .append(" | ").append(String.valueOf(report.count(Severity.INFO)))
                .append(" | ").append(String.valueOf(report.baselineCount()))
                .append(" | ").append(String.valueOf(report.checked().size()))
                .append(" | ").append(String.valueOf(report.notVerified().size())).append(" |\n\n");
        for (ReportTable table : report.tables()) {
            out.append("**").append(cell(table.title())).append("**\n\n| ")
                    .append(String.join(" | ", table.header().stream().map(MarkdownWriter::cell).toList())).append(" |\n|")
                    .append(" --- |".repeat(table.header().size())).append('\n');
            for (List<String> row : table.rows()) {
                out.append("| ").append(String.join(" | ", row.stream().map(MarkdownWriter::cell).toList())).append(" |\n");
            }
            out.append('\n');
        }
        if (report.diagnostics().isEmpty()) {
            out.append(report.cleanHeading() == null ? "No findings." : cell(report.cleanHeading())).append("\n");
        } else {
            out.append("| object | severity | code | finding | location |\n");
            out.append("| --- | --- | --- | --- | --- |\n");
            String previous = null;
            for (Diagnostic diagnostic : report.diagnostics()) {
                String group = diagnostic.group().equals(previous) ? "" : cell(diagnostic.group());
                previous = diagnostic.group();
                out.append("| ").append(group)
                        .append(" | ").append(diagnostic.severity().label())
                        .append(report.isBaselined(diagnostic) ? " (baseline)" : "")
                        .append(" | `").append(diagnostic.code()).append('`')
                        .append(" | ").append(cell(diagnostic.message()))
                        .append(" | ").append(diagnostic.location() == null ? "" : "`" + cell(diagnostic.location().toString()) + "`")
                        .append(" |\n");
            }
        }
        if (!report.notVerified().isEmpty()) {
            out.append("\nNot verified (").append(report.notVerifiedReason()).append("):\n\n");
            for (String object : report.notVerified()) {
                out.append("- ").append(cell(object)).append('\n');
            }
        }
    }

    /** Text safe inside a table cell: pipes escaped, line breaks folded, HTML-ish brackets neutralised. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
