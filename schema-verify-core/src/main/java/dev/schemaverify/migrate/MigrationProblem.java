package dev.schemaverify.migrate;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.util.Objects;

/**
 * A hygiene finding about migration files or their history, e.g. two files claiming one version.
 *
 * @param code stable identifier such as {@code duplicate-version} or {@code edited-after-apply}
 * @param location the file (relative to the project) the problem is about
 */
public record MigrationProblem(String code, Severity severity, String location, String message)
        implements Comparable<MigrationProblem> {
    public MigrationProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(MigrationProblem other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : code.compareTo(other.code);
    }

    /** This problem as the one value every report and the build decision read; grouped by its file. */
    public Diagnostic toDiagnostic() {
        SourceRef where = SourceRef.parse(location);
        return new Diagnostic(code, severity, new Diagnostic.Subject("migration", where.file()),
                "migration " + where.file(), message, where);
    }

    /** {@code location: error [code] message}, compiler style. */
    @Override
    public String toString() {
        return location + ": " + severity.label() + " [" + code + "] " + message;
    }
}
