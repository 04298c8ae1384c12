package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * One grant that {@code ALTER DEFAULT PRIVILEGES FOR ROLE role IN SCHEMA schema} adds to every object of one
 * kind the role creates there later: how an app makes sure tomorrow's tables are readable by {@code anon}
 * without a GRANT in every migration.
 *
 * @param role the role whose new objects get the privileges ({@code FOR ROLE})
 * @param objects {@code tables}, {@code sequences}, {@code functions} or {@code types}
 * @param grantee the role the privileges go to, or {@code PUBLIC}
 * @param privileges sorted privilege names
 * @param grantable the privileges given {@code WITH GRANT OPTION}, sorted; {@code null} when not declared
 */
public record DefaultPrivilege(String role, String objects, String grantee, List<String> privileges,
        List<String> grantable, SourceRef source) {
    /** The object kinds, as {@code ALTER DEFAULT PRIVILEGES} names them in lower case. */
    public static final List<String> OBJECTS = List.of("tables", "sequences", "functions", "types");

    public DefaultPrivilege {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(objects, "objects");
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().toList();
        grantable = grantable == null ? null : grantable.stream().sorted().toList();
    }

    /** The path in findings: {@code "public".postgres.tables.anon}, under the schema's path. */
    public String path(String schema) {
        return Identifiers.quote(schema) + "." + Identifiers.quote(role) + "." + objects + "." + Identifiers.quote(grantee);
    }
}
