package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * A {@code SECURITY DEFINER} function or procedure can be executed by an API role ({@code apiRoles}, by
 * default {@code anon}, {@code authenticated} and {@code public}). It runs with its owner's rights,
 * row-level security of the owner's tables included, and PostgREST exposes every function of an exposed
 * schema as an RPC endpoint. PostgreSQL grants {@code EXECUTE} on every new function to {@code PUBLIC}
 * by default, so a function nobody granted is executable by everyone: {@code REVOKE EXECUTE ON FUNCTION
 * ... FROM PUBLIC} (and from the API roles), then grant it to the roles that need it. Functions of
 * extensions are not reported. A warning by default.
 */
public final class SecurityDefinerExecutable implements CatalogRule {
    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String id() {
        return "security-definer-executable";
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "security_definer_executable", row -> new Hit(row.getString("kind"),
                row.getString("name"), "SECURITY DEFINER " + row.getString("kind") + " " + row.getString("name")
                        + " can be executed by " + row.getString("roles")
                        + (row.getBoolean("default_acl") ? " (EXECUTE is granted to PUBLIC by default)" : "")
                        + " and runs with its owner's rights; REVOKE EXECUTE ... FROM PUBLIC and grant it only to"
                        + " the roles that need it"), options.apiRoles());
    }
}
