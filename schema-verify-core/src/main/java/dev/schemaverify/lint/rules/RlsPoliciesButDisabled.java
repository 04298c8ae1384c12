package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import java.sql.Connection;
import java.util.List;

/**
 * A table has row-level security policies, but row-level security is not enabled on it, so PostgreSQL
 * ignores the policies and every role with a grant sees every row. Usually a forgotten
 * {@code ALTER TABLE ... ENABLE ROW LEVEL SECURITY}, or one a later migration disabled.
 */
public final class RlsPoliciesButDisabled implements CatalogRule {
    @Override
    public String id() {
        return "rls-policies-but-disabled";
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "rls_policies_but_disabled", row -> new Hit("table", row.getString("name"),
                "table " + row.getString("name") + " has " + row.getInt("policies") + " polic"
                        + (row.getInt("policies") == 1 ? "y" : "ies") + " but row-level security is disabled,"
                        + " so they do nothing"));
    }
}
