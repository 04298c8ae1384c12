package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import java.sql.Connection;
import java.util.List;

/**
 * A permissive policy for {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code ALL} that applies to
 * an API role ({@code apiRoles}; a policy without {@code TO} is for {@code public}) is always true:
 * {@code USING (true)} lets the role change or delete every row, {@code WITH CHECK (true)} lets it write
 * any value, another user's id included. Since permissive policies are combined with {@code OR}, one
 * such policy voids every other policy for that command. The expressions are compared as PostgreSQL
 * deparses them ({@code pg_get_expr} of {@code polqual} and {@code polwithcheck}), so {@code (TRUE)} and
 * {@code true} are the same. Read-only policies ({@code FOR SELECT USING (true)}, public data) are not
 * reported.
 */
public final class AlwaysTrueWritePolicy implements CatalogRule {
    @Override
    public String id() {
        return "always-true-write-policy";
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "always_true_write_policy", row -> new Hit("policy",
                row.getString("policy") + " on " + row.getString("table_name"), "policy " + row.getString("policy")
                        + " on " + row.getString("table_name") + " lets " + row.getString("roles") + " "
                        + row.getString("command") + " any row: " + row.getString("expressions")
                        + "; compare a column with the caller, e.g. owner = (select auth.uid())"), options.apiRoles());
    }
}
