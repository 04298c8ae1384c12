package dev.schemaverify.report;

import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.Severity;

import dev.schemaverify.model.NotVerified;




import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a verification as JSON for CI: deterministic, no timestamps, no credentials. */
public final class JsonReport {
    /** Bumped when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    private JsonReport() {
    }

    public static String render(VerifyResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "schema-verify");
        root.put("format", FORMAT_VERSION);
        root.put("expected", result.expected());
        root.put("actual", result.actual());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("infos", result.count(Severity.INFO));
        summary.put("notVerified", result.notVerified().size());
        root.put("summary", summary);
        List<Object> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            findings.add(finding(finding));
        }
        root.put("findings", findings);
        List<Object> notVerified = new ArrayList<>();
        for (NotVerified object : result.notVerified()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", object.kind());
            entry.put("name", object.name());
            notVerified.add(entry);
        }
        root.put("notVerified", notVerified);
        return Json.write(root);
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", finding.code());
        entry.put("severity", finding.severity().label());
        entry.put("kind", finding.kind().name().toLowerCase(java.util.Locale.ROOT));
        entry.put("objectKind", finding.objectKind());
        entry.put("path", finding.path());
        if (finding instanceof Finding.Changed changed) {
            entry.put("property", changed.property());
            entry.put("expected", changed.expected());
            entry.put("actual", changed.actual());
        }
        if (finding.source() != null) {
            entry.put("file", finding.source().file());
            entry.put("line", finding.source().line());
            entry.put("column", finding.source().column());
        }
        entry.put("message", finding.message());
        return entry;
    }

    /** Writes the report to {@code file}, creating its folder. */
    public static void write(VerifyResult result, Path file) {
        ReportFiles.write(file, render(result));
    }
}
