package dev.schemaverify.lint;

import java.util.List;

/**
 * How lint runs.
 *
 * @param apiRoles the roles clients reach the database as (PostgREST/Supabase: {@code anon},
 *     {@code authenticated}; {@code public} is every role); a table granted to one needs row-level security
 * @param tenantColumns the columns that make a table a tenant table (default {@code tenant_id}, {@code org_id}):
 *     such a table needs row-level security and a policy that uses the column
 * @param applicationRoles the roles the application connects as; a table one of them owns needs
 *     {@code FORCE ROW LEVEL SECURITY}. Empty: that rule does not run, and the result says so
 */
public record LintOptions(List<String> apiRoles, List<String> tenantColumns, List<String> applicationRoles) {
    public static final List<String> DEFAULT_API_ROLES = List.of("anon", "authenticated", "public");
    public static final List<String> DEFAULT_TENANT_COLUMNS = List.of("tenant_id", "org_id");

    public LintOptions {
        apiRoles = apiRoles == null || apiRoles.isEmpty() ? DEFAULT_API_ROLES : List.copyOf(apiRoles);
        tenantColumns = tenantColumns == null || tenantColumns.isEmpty() ? DEFAULT_TENANT_COLUMNS
                : List.copyOf(tenantColumns);
        applicationRoles = applicationRoles == null ? List.of() : List.copyOf(applicationRoles);
    }

    /** The API roles alone; the other options at their defaults. */
    public LintOptions(List<String> apiRoles) {
        this(apiRoles, null, null);
    }

    public static LintOptions defaults() {
        return new LintOptions(null, null, null);
    }
}
