package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.FindingCode;
import dev.schemaverify.model.FindingCodes;
import dev.schemaverify.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code <goal>.sarif}: SARIF 2.1.0 for GitHub and GitLab code scanning. One rule per finding code
 * (its help from {@link FindingCodes}), results located at the contract's or migration's file, line and
 * column relative to {@code %SRCROOT%}, and a {@code partialFingerprints} value that ignores line numbers,
 * so an alert survives edits elsewhere in the file. Findings the baseline accepts carry an external
 * suppression.
 */
public final class SarifWriter implements ReportWriter {
    /** The key of our fingerprint in {@code partialFingerprints}; bump the suffix if its recipe changes. */
    static final String FINGERPRINT_KEY = "schemaVerifyFinding/v1";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName(String goal) {
        return goal + ".sarif";
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        List<String> codes = new ArrayList<>(new TreeSet<>(report.diagnostics().stream().map(Diagnostic::code).toList()));
        List<Object> rules = new ArrayList<>();
        for (String code : codes) {
            FindingCode finding = FindingCodes.of(code);
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", code);
            rule.put("shortDescription", text(finding.help()));
            rule.put("help", text(finding.help()));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("tags", List.of("schema-verify", finding.family().name().toLowerCase(java.util.Locale.ROOT)));
            rule.put("properties", properties);
            rules.add(rule);
        }
        List<Object> results = new ArrayList<>();
        for (Diagnostic diagnostic : report.diagnostics()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", diagnostic.code());
            result.put("ruleIndex", codes.indexOf(diagnostic.code()));
            result.put("level", level(diagnostic.severity()));
            result.put("message", text(diagnostic.message()));
            List<Object> locations = new ArrayList<>();
            Map<String, Object> location = new LinkedHashMap<>();
            if (diagnostic.location() != null) {
                Map<String, Object> artifact = new LinkedHashMap<>();
                artifact.put("uri", uri(diagnostic.location().file()));
                artifact.put("uriBaseId", "%SRCROOT%");
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", artifact);
                if (diagnostic.location().line() > 0) {
                    Map<String, Object> region = new LinkedHashMap<>();
                    region.put("startLine", diagnostic.location().line());
                    if (diagnostic.location().column() > 0) {
                        region.put("startColumn", diagnostic.location().column());
                    }
                    physical.put("region", region);
                }
                location.put("physicalLocation", physical);
            }
            Map<String, Object> logical = new LinkedHashMap<>();
            logical.put("name", diagnostic.subject().name());
            logical.put("fullyQualifiedName", diagnostic.subject().toString());
            logical.put("kind", diagnostic.subject().kind());
            location.put("logicalLocations", List.of(logical));
            locations.add(location);
            result.put("locations", locations);
            result.put("partialFingerprints", Map.of(FINGERPRINT_KEY, diagnostic.fingerprint()));
            if (report.isBaselined(diagnostic)) {
                Map<String, Object> suppression = new LinkedHashMap<>();
                suppression.put("kind", "external");
                suppression.put("justification", "accepted in the schema-verify baseline");
                result.put("suppressions", List.of(suppression));
            }
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "schema-verify");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        Map<String, Object> automation = new LinkedHashMap<>();
        automation.put("id", "schema-verify/" + report.goal() + "/");
        run.put("automationDetails", automation);
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        out.append(Json.write(root));
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative file path as a URI reference: forward slashes, spaces and percent signs escaped. */
    static String uri(String file) {
        return file.replace('\\', '/').replace("%", "%25").replace(" ", "%20");
    }
}
