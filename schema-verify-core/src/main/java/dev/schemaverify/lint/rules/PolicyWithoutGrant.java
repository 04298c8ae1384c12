package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * A policy of a table with row-level security names a role that has no privilege for the policy's
 * command on the table (neither directly, through {@code PUBLIC} nor through a role it is a member of;
 * a policy {@code FOR ALL} needs at least one of the four). Policies only filter rows a role may already
 * reach through its grants, so this policy never applies: the role gets "permission denied". Grant the
 * privilege, or drop the policy. A warning by default.
 */
public final class PolicyWithoutGrant implements CatalogRule {
    @Override
    public String id() {
        return "policy-without-grant";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "policy_without_grant", row -> new Hit("policy",
                row.getString("policy") + " on " + row.getString("table_name"), "policy " + row.getString("policy")
                        + " on " + row.getString("table_name") + " is for " + row.getString("role") + " ("
                        + row.getString("command") + "), but " + row.getString("role") + " has no "
                        + ("ALL".equals(row.getString("command")) ? "privilege" : row.getString("command") + " privilege")
                        + " on the table, so the policy never applies"));
    }
}
