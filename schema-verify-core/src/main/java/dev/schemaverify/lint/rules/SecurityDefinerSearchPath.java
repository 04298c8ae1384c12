package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import java.sql.Connection;
import java.util.List;

/**
 * A {@code SECURITY DEFINER} function or procedure does not pin {@code search_path}. It runs with its
 * owner's rights but resolves unqualified names through the caller's {@code search_path}, so a caller
 * who can create objects in a schema on that path can make it run their own function or operator as the
 * owner. Add {@code SET search_path = pg_catalog, public} (or an empty one, qualifying every name) to the
 * function. Functions of extensions are not reported.
 */
public final class SecurityDefinerSearchPath implements CatalogRule {
    @Override
    public String id() {
        return "security-definer-search-path";
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "security_definer_search_path", row -> new Hit(row.getString("kind"),
                row.getString("name"), "SECURITY DEFINER " + row.getString("kind") + " " + row.getString("name")
                        + " has no fixed search_path; add SET search_path to it"));
    }
}
