package dev.schemaverify.api;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Severity;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.report.Severities;
import java.util.ArrayList;
import dev.schemaverify.model.SchemaObject;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a verification.
 *
 * @param expected what was expected, e.g. the contract's path
 * @param actual what was inspected, e.g. {@code shadow database (embedded PostgreSQL 17, 7 migrations)}
 * @param findings every drift, sorted
 * @param notVerified objects the database has that the model cannot check yet
 * @param strict whether objects the contract does not declare were reported too (a partial check only
 *     looks at what the contract declares), so a clean result says how much it proves
 * @param compared how many objects of each kind the contract declares and were compared, tables first
 * @param notes how the check was made where a user would ask, e.g. why a shadow database was built
 * @param checked the contract's top-level objects that were compared, e.g. {@code table public.users}
 * @param contractSeverities the contract's {@code severities:} section, code or prefix to level
 */
public record VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified,
        boolean strict, List<Compared> compared, List<String> notes, List<String> checked,
        Map<String, String> contractSeverities) implements GoalResult {
    public VerifyResult {
        findings = List.copyOf(findings);
        notVerified = List.copyOf(notVerified);
        compared = compared == null ? List.of() : List.copyOf(compared);
        notes = notes == null ? List.of() : List.copyOf(notes);
        checked = checked == null ? List.of() : List.copyOf(checked);
        contractSeverities = contractSeverities == null ? Map.of() : Map.copyOf(contractSeverities);
    }

    /** A partial result with the list of checked objects and the contract's severities. */
    public VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified,
            List<String> checked, Map<String, String> contractSeverities) {
        this(expected, actual, findings, notVerified, false, List.of(), List.of(), checked, contractSeverities);
    }

    /** A result without notes. */
    public VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified,
            boolean strict, List<Compared> compared) {
        this(expected, actual, findings, notVerified, strict, compared, List.of(), List.of(), Map.of());
    }

    /** A result without the list of checked objects or contract severities. */
    public VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified,
            boolean strict, List<Compared> compared, List<String> notes) {
        this(expected, actual, findings, notVerified, strict, compared, notes, List.of(), Map.of());
    }

    /** A partial result with notes. */
    public VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified,
            List<String> notes) {
        this(expected, actual, findings, notVerified, false, List.of(), notes, List.of(), Map.of());
    }

    /** How many objects of one kind ({@code table}, {@code column}, {@code index}...) were compared. */
    public record Compared(String kind, int count) {
    }

    private static final List<String> PART_ORDER = List.of("column", "primary key", "unique constraint", "foreign key",
            "check constraint", "index", "policy", "trigger", "grant");

    /** Counts the objects of {@code snapshot} by kind: tables, their parts, then the other objects. */
    public static List<Compared> count(Snapshot snapshot) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table table : snapshot.tables()) {
            counts.merge(table.kind(), 1, Integer::sum);
        }
        Map<String, Integer> parts = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((String kind) -> PART_ORDER.contains(kind) ? PART_ORDER.indexOf(kind) : PART_ORDER.size())
                .thenComparing(java.util.Comparator.naturalOrder()));
        for (Table table : snapshot.tables()) {
            table.parts().forEach(part -> parts.merge(part.kind(), 1, Integer::sum));
        }
        counts.putAll(parts);
        for (SchemaObject object : snapshot.objects()) {
            if (!(object instanceof Table)) {
                counts.merge(object.kind(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> new Compared(e.getKey(), e.getValue())).toList();
    }

    /** A result without the list of checked objects or contract severities. */
    public VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified) {
        this(expected, actual, findings, notVerified, List.of(), Map.of());
    }

    /** How many findings have exactly this severity, before any configured severities. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at or above {@code threshold}, before any configured severities. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
    }

    /** The drift as a report; the contract's severities apply under the policy's own. */
    @Override
    public Report report(ReportPolicy policy) {
        List<String> entries = new ArrayList<>();
        contractSeverities.forEach((code, level) -> entries.add(code + "=" + level));
        Severities severities = Severities.parse(entries, expected + " severities").and(policy.severities());
        Report report = Report.of("verify", actual + " against " + expected,
                "Schema drift: " + actual + " differs from " + expected,
                "No drift (" + (strict ? "strict" : "partial") + "): " + actual + " matches " + expected + ": "
                        + comparedPhrase() + ".",
                "Fix the schema or the contract " + expected + ".",
                checked, notVerified.stream().map(NotVerified::toString).toList(), List.of(),
                findings.stream().map(Finding::toDiagnostic).toList());
        return new ReportPolicy(severities, policy.baseline(), policy.failOn()).apply(report);
    }

    /** {@code 7 tables, 52 columns, 1 policy compared}, or {@code nothing compared}. */
    public String comparedPhrase() {
        if (compared.isEmpty()) {
            return "nothing compared";
        }
        return compared.stream().map(c -> Report.plural(c.count(), c.kind()))
                .collect(java.util.stream.Collectors.joining(", ")) + " compared";
    }
}
