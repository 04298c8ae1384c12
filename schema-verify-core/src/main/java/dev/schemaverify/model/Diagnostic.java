package dev.schemaverify.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One problem any goal found: a drift between contract and database, a migration hygiene problem, a
 * rollback that does not revert. Every report format, the baseline and the decision to fail read this
 * one value, so a new check only has to produce it.
 *
 * @param code the finding code, declared once in {@link FindingCodes} ({@code missing-column})
 * @param severity how much it matters, after the configured {@code severities} were applied
 * @param subject what it is about, e.g. {@code column public.users.email} or {@code migration 002}
 * @param group the top-level object reports group it under, e.g. {@code table public.users}
 * @param message one line for a person, naming the object
 * @param location the file, line and column to look at or fix, or {@code null} (a live database object)
 * @param property the compared property ({@code type}) when the finding compares one, else {@code null}
 * @param expected the expected value, or {@code null}
 * @param actual the value found, or {@code null}
 */
public record Diagnostic(
        String code,
        Severity severity,
        Subject subject,
        String group,
        String message,
        SourceRef location,
        String property,
        String expected,
        String actual) implements Comparable<Diagnostic> {

    /** Report order: by group, then by place in the file (contract line order), then by code and text. */
    private static final Comparator<SourceRef> PLACE = Comparator.comparing((SourceRef r) -> r.file())
            .thenComparingInt(SourceRef::line).thenComparingInt(SourceRef::column);
    private static final Comparator<Diagnostic> ORDER = Comparator.comparing((Diagnostic d) -> d.group())
            .thenComparing(Diagnostic::location, Comparator.nullsLast(PLACE))
            .thenComparing((Diagnostic d) -> d.code())
            .thenComparing((Diagnostic d) -> d.subject().toString())
            .thenComparing((Diagnostic d) -> d.message());

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        group = group == null ? subject.toString() : group;
    }

    /** A finding without structured values, e.g. a migration problem. */
    public Diagnostic(String code, Severity severity, Subject subject, String group, String message, SourceRef location) {
        this(code, severity, subject, group, message, location, null, null, null);
    }

    /** What a finding is about: a kind ({@code column}, {@code migration}) and a name. */
    public record Subject(String kind, String name) {
        public Subject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    /**
     * A stable identity for baselines and SARIF: the code, subject and message, never the line, so it
     * survives edits elsewhere in the file and changes when the drift itself changes.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((code + "\n" + subject + "\n" + message).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, subject, group, message, location, property, expected, actual);
    }

    public Diagnostic withLocation(SourceRef newLocation) {
        return new Diagnostic(code, severity, subject, group, message, newLocation, property, expected, actual);
    }

    /** {@code file:line:col: error [code] message}, compiler style; without a location when there is none. */
    public String line() {
        return (location == null ? "" : location + ": ") + severity.label() + " [" + code + "] " + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
