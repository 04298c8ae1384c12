package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A row-level security policy.
 *
 * @param permissive true for PERMISSIVE, false for RESTRICTIVE
 * @param command {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles the roles it applies to, sorted; {@code public} for all
 * @param using the USING expression, deparsed
 * @param withCheck the WITH CHECK expression, deparsed
 * @param comment the {@code COMMENT ON POLICY} text; {@code null} for none or when not declared (compared only
 *     when comments are switched on, as {@link Column#comment()})
 */
public record Policy(
        String name,
        Boolean permissive,
        String command,
        List<String> roles,
        String using,
        String withCheck,
        SourceRef source,
        String comment) implements TablePart {
    public Policy {
        Objects.requireNonNull(name, "name");
        roles = roles == null ? null : roles.stream().sorted().toList();
    }

    /** A policy without a declared comment. */
    public Policy(String name, Boolean permissive, String command, List<String> roles, String using, String withCheck,
            SourceRef source) {
        this(name, permissive, command, roles, using, withCheck, source, null);
    }

    @Override
    public String kind() {
        return "policy";
    }
}
