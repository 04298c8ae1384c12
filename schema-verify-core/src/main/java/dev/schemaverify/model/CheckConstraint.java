package dev.schemaverify.model;

import java.util.Objects;

/**
 * A CHECK constraint; {@code expression} is compared as PostgreSQL deparses it, without the CHECK keyword.
 *
 * @param valid {@code false} for a constraint added {@code NOT VALID} and not validated since: existing
 *     rows were never checked. {@code null} in a contract when not declared (strict mode takes it as
 *     {@code true})
 * @param noInherit {@code NO INHERIT}: the check does not pass down to child tables; {@code null} when not
 *     declared (strict mode takes it as {@code false})
 * @param comment the {@code COMMENT ON CONSTRAINT} text; {@code null} for none or when not declared (compared only
 *     when comments are switched on, as {@link Column#comment()})
 */
public record CheckConstraint(String name, String expression, SourceRef source, Boolean valid, Boolean noInherit,
        String comment) implements TablePart {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
    }

    /** A check whose validity and inheritance are not declared. */
    public CheckConstraint(String name, String expression, SourceRef source) {
        this(name, expression, source, null, null, null);
    }

    /** A check without a declared comment. */
    public CheckConstraint(String name, String expression, SourceRef source, Boolean valid, Boolean noInherit) {
        this(name, expression, source, valid, noInherit, null);
    }

    @Override
    public String kind() {
        return "check constraint";
    }
}
