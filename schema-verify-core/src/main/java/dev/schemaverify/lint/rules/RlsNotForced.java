package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import java.sql.Connection;
import java.util.List;

/**
 * A table with row-level security is owned by a role the application connects as
 * ({@code applicationRoles}, {@code -Dschema-verify.applicationRoles}), but row-level security is not
 * forced. A table's owner is not subject to its policies unless {@code ALTER TABLE ... FORCE ROW LEVEL
 * SECURITY}, so the application sees every row and the policies protect nothing on its connections. Force
 * it, or let another role own the table. Without {@code applicationRoles} the rule does not run (lint
 * cannot know which role the application uses), and the result lists it as not checked.
 */
public final class RlsNotForced implements CatalogRule {
    @Override
    public String id() {
        return "rls-not-forced";
    }

    @Override
    public String notCheckedReason(LintOptions options) {
        return options.applicationRoles().isEmpty()
                ? "no applicationRoles are configured (-Dschema-verify.applicationRoles=<role>,...): lint cannot"
                        + " tell which table owners the application connects as"
                : null;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "rls_not_forced", row -> new Hit("table", row.getString("name"),
                "table " + row.getString("name") + " is owned by application role " + row.getString("owner")
                        + ", which its policies do not filter unless row-level security is forced; ALTER TABLE "
                        + row.getString("name") + " FORCE ROW LEVEL SECURITY"), options.applicationRoles());
    }
}
