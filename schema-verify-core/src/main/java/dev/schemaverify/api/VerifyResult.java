package dev.schemaverify.api;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.NotVerified;
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
 */
public record VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified,
        boolean strict, List<Compared> compared) {
    public VerifyResult {
        findings = List.copyOf(findings);
        notVerified = List.copyOf(notVerified);
        compared = compared == null ? List.of() : List.copyOf(compared);
    }

    /** A result that does not say what it compared (a partial check). */
    public VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified) {
        this(expected, actual, findings, notVerified, false, List.of());
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

    /** How many findings have exactly this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at or above {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
    }
}
