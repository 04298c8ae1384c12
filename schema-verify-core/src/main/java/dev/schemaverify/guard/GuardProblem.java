package dev.schemaverify.guard;

import java.util.Objects;

/**
 * One reason the database does not fit the application.
 *
 * @param code a stable code, e.g. {@code schema-version-behind} or a drift code such as {@code missing-column}
 * @param message one line for a person, naming the object, what was expected and what was found
 * @param location the contract's {@code file:line:column} the problem comes from, or {@code null}
 */
public record GuardProblem(String code, String message, String location) {
    public GuardProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code location: [code] message}, as the start-up log shows it. */
    public String render() {
        return (location == null ? "" : location + ": ") + "[" + code + "] " + message;
    }
}
