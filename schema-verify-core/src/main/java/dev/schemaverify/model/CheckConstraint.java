package dev.schemaverify.model;

import java.util.Objects;

/** A CHECK constraint; {@code expression} is compared as PostgreSQL deparses it, without the CHECK keyword. */
public record CheckConstraint(String name, String expression, SourceRef source) implements TablePart {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String kind() {
        return "check constraint";
    }
}
