package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A namespace; {@code owner} may be left undeclared in a contract.
 *
 * @param grants privileges on the schema by role ({@code USAGE}, {@code CREATE}); {@code null} when not declared
 * @param defaultPrivileges what {@code ALTER DEFAULT PRIVILEGES ... IN SCHEMA} grants on objects created in this
 *     schema later; {@code null} when not declared
 * @param comment the {@code COMMENT ON SCHEMA} text, as {@link Table#comment()}
 */
public record Schema(String name, String owner, SourceRef source, List<Grant> grants,
        List<DefaultPrivilege> defaultPrivileges, String comment) implements SchemaObject {
    public Schema {
        Objects.requireNonNull(name, "name");
        grants = grants == null ? null : List.copyOf(grants);
        defaultPrivileges = defaultPrivileges == null ? null : List.copyOf(defaultPrivileges);
    }

    /** A schema without a declared comment. */
    public Schema(String name, String owner, SourceRef source, List<Grant> grants,
            List<DefaultPrivilege> defaultPrivileges) {
        this(name, owner, source, grants, defaultPrivileges, null);
    }

    /** A schema whose privileges are not declared. */
    public Schema(String name, String owner, SourceRef source) {
        this(name, owner, source, null, null, null);
    }

    @Override
    public String kind() {
        return "schema";
    }

    @Override
    public String path() {
        return Identifiers.quote(name);
    }
}
