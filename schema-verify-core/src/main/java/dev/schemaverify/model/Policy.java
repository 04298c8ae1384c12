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
 */
public record Policy(
        String name,
        Boolean permissive,
        String command,
        List<String> roles,
        String using,
        String withCheck,
        SourceRef source) implements TablePart {
    public Policy {
        Objects.requireNonNull(name, "name");
        roles = roles == null ? null : roles.stream().sorted().toList();
    }

    @Override
    public String kind() {
        return "policy";
    }
}
