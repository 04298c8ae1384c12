package dev.schemaverify.lint;

import java.util.List;

/**
 * How lint runs.
 *
 * @param apiRoles the roles clients reach the database as (PostgREST/Supabase: {@code anon},
 *     {@code authenticated}; {@code public} is every role); a table granted to one needs row-level security
 */
public record LintOptions(List<String> apiRoles) {
    public static final List<String> DEFAULT_API_ROLES = List.of("anon", "authenticated", "public");

    public LintOptions {
        apiRoles = apiRoles == null || apiRoles.isEmpty() ? DEFAULT_API_ROLES : List.copyOf(apiRoles);
    }

    public static LintOptions defaults() {
        return new LintOptions(null);
    }
}
