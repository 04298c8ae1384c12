package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * A table has row-level security enabled but no policy: every role but the owner (and roles with
 * {@code BYPASSRLS}) sees no row and can change none. Sometimes meant (a table only the backend reads
 * as owner), so a warning by default; add the policies, or excuse it.
 */
public final class RlsEnabledNoPolicy implements CatalogRule {
    @Override
    public String id() {
        return "rls-enabled-no-policy";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "rls_enabled_no_policy", row -> new Hit("table", row.getString("name"),
                "table " + row.getString("name") + " has row-level security enabled but no policy: no role but"
                        + " its owner sees a row"));
    }
}
