package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.List;

/**
 * An extension is installed in the {@code public} schema. Its functions and types then sit among the
 * application's, are exposed by tools that publish {@code public} (PostgREST), and whoever may create
 * objects in {@code public} can shadow them. Create it in a schema of its own
 * ({@code CREATE EXTENSION ... SCHEMA extensions}). A warning by default.
 */
public final class ExtensionInPublic implements CatalogRule {
    @Override
    public String id() {
        return "extension-in-public";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "extension_in_public", row -> new Hit("extension", row.getString("name"),
                "extension " + row.getString("name") + " is installed in schema public"));
    }
}
