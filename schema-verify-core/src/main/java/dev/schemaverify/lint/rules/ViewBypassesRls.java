package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import java.sql.Connection;
import java.util.List;

/**
 * A view reads a table with row-level security (directly or through other views) and is granted
 * {@code SELECT} to an API role ({@code apiRoles}), but is not {@code security_invoker}. A view reads its
 * tables with its owner's rights, and the owner is usually the table's owner, whom row-level security
 * does not filter: the role sees every row through the view. Set {@code WITH (security_invoker = true)}
 * on the view (PostgreSQL 15 and later), or revoke the grant. A materialized view is always reported in
 * that case: its rows were computed by its owner.
 */
public final class ViewBypassesRls implements CatalogRule {
    @Override
    public String id() {
        return "view-bypasses-rls";
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "view_bypasses_rls", row -> {
            boolean materialized = "materialized view".equals(row.getString("kind"));
            return new Hit(row.getString("kind"), row.getString("name"), row.getString("kind") + " "
                    + row.getString("name") + " is granted SELECT to " + row.getString("roles") + " and reads "
                    + row.getString("tables") + " (row-level security) with its owner's rights, bypassing the"
                    + " policies; " + (materialized ? "revoke the grant, or expose a security_invoker view instead"
                            : "set security_invoker = true on it (PostgreSQL 15+) or revoke the grant"));
        }, options.apiRoles(), options.apiRoles());
    }
}
