package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * The table privileges held by one role, e.g. {@code anon: [SELECT]}. The table owner's own privileges
 * are not listed.
 *
 * @param grantee the role, or {@code PUBLIC}
 * @param privileges sorted privilege names: {@code DELETE}, {@code INSERT}, {@code SELECT}, ...
 */
public record Grant(String grantee, List<String> privileges, SourceRef source) implements TablePart {
    public Grant {
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().toList();
    }

    @Override
    public String name() {
        return grantee;
    }

    @Override
    public String kind() {
        return "grant";
    }
}
