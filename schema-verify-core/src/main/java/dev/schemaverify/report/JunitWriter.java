package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import java.io.IOException;
import java.util.List;

/**
 * {@code <goal>.junit.xml}, the JUnit XML that Jenkins, GitLab and GitHub test-report actions read: one
 * suite per goal, one test case per checked object or migration. A checked object without failing
 * findings is a passing test case, so the report shows what was verified; an object that could not be
 * checked is a skipped one. The schema's required {@code timestamp} is the fixed epoch and every
 * {@code time} is 0, so the file stays the same from run to run.
 */
public final class JunitWriter implements ReportWriter {
    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName(String goal) {
        return goal + ".junit.xml";
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        List<String> groups = report.groups();
        long failures = groups.stream().filter(g -> failing(report, g)).count();
        int tests = groups.size() + report.notVerified().size();
        String suite = "schema-verify." + report.goal();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites>\n");
        out.append("  <testsuite package=\"schema-verify\" id=\"0\" name=\"").append(Xml.escape(suite))
                .append("\" timestamp=\"1970-01-01T00:00:00\" hostname=\"localhost\" tests=\"").append(String.valueOf(tests))
                .append("\" failures=\"").append(String.valueOf(failures)).append("\" errors=\"0\" skipped=\"")
                .append(String.valueOf(report.notVerified().size())).append("\" time=\"0\">\n");
        out.append("    <properties>\n");
        out.append("      <property name=\"title\" value=\"").append(Xml.escape(report.title())).append("\"/>\n");
        out.append("      <property name=\"failOn\" value=\"")
                .append(report.failOn() == null ? "never" : report.failOn().label()).append("\"/>\n");
        out.append("    </properties>\n");
        for (String group : groups) {
            List<Diagnostic> failing = report.in(group).stream().filter(report::fails).toList();
            out.append("    <testcase name=\"").append(Xml.escape(group)).append("\" classname=\"")
                    .append(Xml.escape(suite)).append("\" time=\"0\"");
            if (failing.isEmpty()) {
                // checked, and nothing that fails the build: a passing test case
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            Diagnostic first = failing.get(0);
            out.append("      <failure type=\"").append(Xml.escape(first.code())).append("\" message=\"")
                    .append(Xml.escape(summary(first, failing.size()))).append("\">");
            for (Diagnostic diagnostic : failing) {
                out.append(Xml.escape(diagnostic.line())).append('\n');
            }
            out.append("</failure>\n");
            out.append("    </testcase>\n");
        }
        for (String object : report.notVerified()) {
            out.append("    <testcase name=\"").append(Xml.escape("not verified: " + object)).append("\" classname=\"")
                    .append(Xml.escape(suite)).append("\" time=\"0\">\n");
            out.append("      <skipped/>\n");
            out.append("    </testcase>\n");
        }
        out.append("    <system-out>");
        for (Diagnostic diagnostic : report.diagnostics()) {
            if (!report.fails(diagnostic)) {
                // warnings, infos and baselined findings: visible, not failing
                out.append(Xml.escape(diagnostic.line() + (report.isBaselined(diagnostic) ? " (baseline)" : "")))
                        .append('\n');
            }
        }
        out.append("</system-out>\n");
        out.append("    <system-err/>\n");
        out.append("  </testsuite>\n");
        out.append("</testsuites>\n");
    }

    private static boolean failing(Report report, String group) {
        return report.in(group).stream().anyMatch(report::fails);
    }

    private static String summary(Diagnostic first, int count) {
        String where = first.location() == null ? "" : first.location() + ": ";
        return where + first.message() + (count > 1 ? " (and " + (count - 1) + " more)" : "");
    }
}
