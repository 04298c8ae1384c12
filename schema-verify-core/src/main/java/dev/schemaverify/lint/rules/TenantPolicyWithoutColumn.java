package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import java.sql.Connection;
import java.util.List;

/**
 * A tenant table (one with a column of {@code tenantColumns}, by default {@code tenant_id} and
 * {@code org_id}) has row-level security and policies, but no policy uses the tenant column: the
 * policies filter on something else (the owner, a flag), so a user of one tenant can reach rows of
 * another. Which columns a policy uses is read from PostgreSQL's own dependency records of the policy's
 * expressions ({@code pg_depend}), not from its text. A table with row-level security and no policy at
 * all is {@code rls-enabled-no-policy}'s, not this rule's.
 */
public final class TenantPolicyWithoutColumn implements CatalogRule {
    @Override
    public String id() {
        return "tenant-policy-without-column";
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        List<String> columns = options.tenantColumns();
        return LintQueries.query(connection, "tenant_policy_without_column", row -> new Hit("table",
                row.getString("name"), "tenant table " + row.getString("name") + " has no policy using its column "
                        + row.getString("columns") + " (policies: " + row.getString("policies")
                        + "), so its rows are not separated by tenant"), columns, columns, columns);
    }
}
