package dev.schemaverify.lint;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SourceRef;
import java.util.Objects;

/**
 * What a rule found, before the linter gives it the rule's code and severity and the statement's place.
 *
 * @param subject what it is about ({@code table public.orders})
 * @param message one line for a person
 * @param location where, or {@code null} to use the statement's (or, for catalog rules, the creating statement's)
 */
public record Hit(Diagnostic.Subject subject, String message, SourceRef location) {
    public Hit {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    public Hit(String kind, String name, String message) {
        this(new Diagnostic.Subject(kind, name), message, null);
    }
}
