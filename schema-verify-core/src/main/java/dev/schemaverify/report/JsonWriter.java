package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <goal>.json}: one shape for every goal (documented in {@code docs/reports.md}), deterministic,
 * no timestamps, no credentials.
 */
public final class JsonWriter implements ReportWriter {
    /**
     * Bumped when a field changes meaning or disappears. 2: one shape for every goal ({@code goal},
     * {@code passed}, {@code checked}, findings with {@code subject}, {@code group}, {@code fingerprint},
     * {@code baseline}); the drift-only {@code kind}, {@code expected}/{@code actual} descriptions and the
     * rollback-only {@code migrations} list are gone.
     */
    public static final int FORMAT_VERSION = 2;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName(String goal) {
        return goal + ".json";
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "schema-verify");
        root.put("format", FORMAT_VERSION);
        root.put("goal", report.goal());
        root.put("title", report.title());
        root.put("passed", !report.failed());
        root.put("failOn", report.failOn() == null ? null : report.failOn().label());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        summary.put("baseline", report.baselineCount());
        summary.put("checked", report.checked().size());
        summary.put("notVerified", report.notVerified().size());
        root.put("summary", summary);
        List<Object> findings = new ArrayList<>();
        for (Diagnostic diagnostic : report.diagnostics()) {
            findings.add(finding(report, diagnostic));
        }
        root.put("findings", findings);
        root.put("checked", report.checked());
        root.put("notVerified", report.notVerified());
        if (!report.tables().isEmpty()) {
            List<Object> tables = new ArrayList<>();
            for (ReportTable table : report.tables()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("title", table.title());
                entry.put("header", table.header());
                entry.put("rows", table.rows());
                tables.add(entry);
            }
            root.put("tables", tables);
        }
        out.append(Json.write(root));
    }

    private static Map<String, Object> finding(Report report, Diagnostic diagnostic) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", diagnostic.code());
        entry.put("severity", diagnostic.severity().label());
        entry.put("subject", diagnostic.subject().toString());
        entry.put("objectKind", diagnostic.subject().kind());
        entry.put("path", diagnostic.subject().name());
        entry.put("group", diagnostic.group());
        if (diagnostic.property() != null) {
            entry.put("property", diagnostic.property());
        }
        if (diagnostic.expected() != null || diagnostic.actual() != null) {
            entry.put("expected", diagnostic.expected());
            entry.put("actual", diagnostic.actual());
        }
        if (diagnostic.location() != null) {
            entry.put("file", diagnostic.location().file());
            if (diagnostic.location().line() > 0) {
                entry.put("line", diagnostic.location().line());
            }
            if (diagnostic.location().column() > 0) {
                entry.put("column", diagnostic.location().column());
            }
        }
        entry.put("message", diagnostic.message());
        entry.put("fingerprint", diagnostic.fingerprint());
        entry.put("baseline", report.isBaselined(diagnostic));
        return entry;
    }
}
