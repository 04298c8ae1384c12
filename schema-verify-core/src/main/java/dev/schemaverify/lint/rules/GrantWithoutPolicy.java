package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * An API role ({@code apiRoles}) is granted {@code SELECT}, {@code INSERT}, {@code UPDATE} or
 * {@code DELETE} on a table with row-level security, but no permissive policy for that command (or
 * {@code ALL}) applies to it: not one for the role, for a role it is a member of, or for {@code public}.
 * Row-level security then refuses every row, so the grant does nothing but suggest the role has access;
 * a policy is missing, or the grant is left over. Tables with no policy at all are
 * {@code rls-enabled-no-policy}'s. A warning by default.
 */
public final class GrantWithoutPolicy implements CatalogRule {
    @Override
    public String id() {
        return "grant-without-policy";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "grant_without_policy", row -> new Hit("table", row.getString("table_name"),
                "table " + row.getString("table_name") + " grants " + row.getString("privileges") + " to "
                        + row.getString("role") + ", but no policy for " + (row.getString("privileges").contains(",")
                                ? "these commands" : "it") + " applies to " + row.getString("role")
                        + ", so row-level security refuses every row"), options.apiRoles());
    }
}
