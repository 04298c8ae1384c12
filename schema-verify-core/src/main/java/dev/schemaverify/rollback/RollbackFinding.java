package dev.schemaverify.rollback;

import java.util.Objects;

/**
 * One thing a rollback check found wrong with a migration, e.g. an index its rollback leaves behind.
 *
 * @param code stable identifier: {@code rollback-leaves-behind}, {@code rollback-removes},
 *     {@code rollback-changes}, {@code reapply-differs}, {@code rollback-failed}, {@code reapply-failed}
 *     or {@code missing-rollback}
 * @param location the file to fix, relative to the project ({@code file:line} for a down section)
 * @param message what happened, naming the object
 */
public record RollbackFinding(String code, String location, String message) {
    public RollbackFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** {@code location: message}, one line. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
