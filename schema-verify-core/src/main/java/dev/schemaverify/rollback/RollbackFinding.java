package dev.schemaverify.rollback;

import dev.schemaverify.model.Severity;
import java.util.Objects;

/**
 * One thing a rollback check found wrong with a migration, e.g. an index its rollback leaves behind.
 *
 * @param code stable identifier: {@code rollback-leaves-behind}, {@code rollback-removes},
 *     {@code rollback-changes}, {@code rollback-failed}, {@code reapply-failed}, {@code missing-rollback}
 *     and {@code up-failed} (errors: the rollback does not restore, or nothing could be checked), or
 *     {@code up-not-reproducible} (a warning: the rollback restores, but the up gives another schema when
 *     applied again, e.g. a view that embeds {@code now()} at creation)
 * @param location the file to fix, relative to the project ({@code file:line} for a down section)
 * @param message what happened, naming the object
 * @param severity {@link Severity#ERROR} unless the finding only says the up is not reproducible
 */
public record RollbackFinding(String code, String location, String message, Severity severity) {
    public RollbackFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** An error. */
    public RollbackFinding(String code, String location, String message) {
        this(code, location, message, Severity.ERROR);
    }

    /** {@code location: message}, one line. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
