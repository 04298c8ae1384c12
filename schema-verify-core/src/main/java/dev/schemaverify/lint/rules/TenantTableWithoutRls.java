package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import java.sql.Connection;
import java.util.List;

/**
 * A tenant table has no row-level security. A table is a tenant table when it has one of the tenant
 * columns, {@code tenantColumns} ({@code -Dschema-verify.tenantColumns}, by default {@code tenant_id} and
 * {@code org_id}): its rows belong to different customers, and without row-level security nothing in the
 * database keeps one tenant from reading another's rows; one forgotten {@code WHERE} in the application
 * is enough. Enable row-level security and add policies that compare the column with the caller's
 * tenant. Partitions are not reported, their partitioned table is.
 */
public final class TenantTableWithoutRls implements CatalogRule {
    @Override
    public String id() {
        return "tenant-table-without-rls";
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        return LintQueries.query(connection, "tenant_table_without_rls", row -> new Hit("table", row.getString("name"),
                "tenant table " + row.getString("name") + " (column " + row.getString("columns")
                        + ") has no row-level security, so nothing in the database separates one tenant's rows"
                        + " from another's"), options.tenantColumns());
    }
}
