package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * The privileges one role holds on one object (a table, a sequence, a routine, a schema), e.g.
 * {@code anon: [SELECT]}. The owner's own privileges are implicit and not listed.
 *
 * <p>A column privilege is one entry per column, written as SQL writes it: {@code UPDATE (email)}; so a
 * grant on two columns is two entries and a {@code REVOKE} can take back exactly one of them.
 *
 * @param grantee the role, or {@code PUBLIC}
 * @param privileges sorted privilege names: {@code DELETE}, {@code INSERT}, {@code SELECT}, {@code UPDATE (email)}
 * @param grantable the privileges held {@code WITH GRANT OPTION} (the grantee may pass them on), sorted;
 *     {@code null} when not declared
 */
public record Grant(String grantee, List<String> privileges, SourceRef source, List<String> grantable)
        implements TablePart {
    public Grant {
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().toList();
        grantable = grantable == null ? null : grantable.stream().sorted().toList();
    }

    /** A grant whose grant options are not declared. */
    public Grant(String grantee, List<String> privileges, SourceRef source) {
        this(grantee, privileges, source, null);
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
