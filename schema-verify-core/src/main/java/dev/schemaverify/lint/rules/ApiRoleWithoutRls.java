package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import java.sql.Connection;
import java.util.List;

/**
 * A table is granted ({@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}) to one of the API
 * roles but has no row-level security, so anyone reaching the database as that role reads or changes
 * every row. The API roles are {@code apiRoles} ({@code -Dschema-verify.apiRoles}), by default
 * {@code anon}, {@code authenticated} (PostgREST, Supabase) and {@code public} (a grant to every role).
 */
public final class ApiRoleWithoutRls implements CatalogRule {
    @Override
    public String id() {
        return "api-role-without-rls";
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "api_role_without_rls", row -> new Hit("table", row.getString("name"),
                "table " + row.getString("name") + " grants " + row.getString("privileges") + " to "
                        + row.getString("roles") + " but has no row-level security"), options.apiRoles());
    }
}
