package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * A table has several permissive policies for the same role and command (a policy {@code FOR ALL} counts
 * for each command). PostgreSQL evaluates every one of them for every row and combines them with
 * {@code OR}, so each extra policy slows every query of the role; write one policy whose expression
 * combines the conditions. A warning by default.
 */
public final class MultiplePermissivePolicies implements CatalogRule {
    @Override
    public String id() {
        return "multiple-permissive-policies";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "multiple_permissive_policies", row -> new Hit("table",
                row.getString("table_name"), "table " + row.getString("table_name") + " has several permissive "
                        + row.getString("command") + " policies for " + row.getString("role") + " ("
                        + row.getString("policies") + "), each evaluated for every row; combine them into one"));
    }
}
