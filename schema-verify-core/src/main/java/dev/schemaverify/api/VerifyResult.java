package dev.schemaverify.api;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.NotVerified;
import java.util.List;

/**
 * The outcome of a verification.
 *
 * @param expected what was expected, e.g. the contract's path
 * @param actual what was inspected, e.g. {@code shadow database (embedded PostgreSQL 17, 7 migrations)}
 * @param findings every drift, sorted
 * @param notVerified objects the database has that the model cannot check yet
 * @param notes how the check was made where a user would ask, e.g. why a shadow database was built
 */
public record VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified,
        List<String> notes) {
    public VerifyResult {
        findings = List.copyOf(findings);
        notVerified = List.copyOf(notVerified);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A result without notes. */
    public VerifyResult(String expected, String actual, List<Finding> findings, List<NotVerified> notVerified) {
        this(expected, actual, findings, notVerified, List.of());
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
