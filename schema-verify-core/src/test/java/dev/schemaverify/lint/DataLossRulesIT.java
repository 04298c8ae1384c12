package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Data loss and client breakage, from what each statement did to the schema that existed before its migration. */
class DataLossRulesIT {
    private static final String BASE = "CREATE TYPE status AS ENUM ('new', 'paid', 'shipped');\n"
            + "CREATE SEQUENCE invoice_numbers;\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, note varchar(100), amount numeric(10,2), qty integer,"
            + " state status);\n"
            + "CREATE TABLE audit (id bigint PRIMARY KEY);\n";
    private static final Set<String> LOSS = Set.of("drop-table", "drop-column", "drop-sequence", "drop-enum-value",
            "column-type-changed", "rename-table", "rename-column", "not-null-without-default", "delete-all-rows");

    @Test
    void droppingExistingObjectsIsReportedWithTheStatement() {
        assertEquals(List.of(
                "db/V2__m2.sql:1:1: error [drop-column] ALTER TABLE drops column public.orders.note (character varying(100))"
                        + " and its values",
                "db/V2__m2.sql:2:1: error [drop-table] DROP TABLE drops table public.audit and its rows",
                "db/V2__m2.sql:3:1: error [drop-sequence] DROP SEQUENCE drops sequence public.invoice_numbers"),
                LintFixture.lint(LOSS, BASE, "ALTER TABLE orders DROP COLUMN note;\nDROP TABLE audit;\n"
                        + "DROP SEQUENCE invoice_numbers;\n"));
    }

    @Test
    void whatTheSameMigrationCreatedMayBeDropped() {
        assertEquals(List.of(), LintFixture.lint(LOSS, BASE + "ALTER TABLE orders DROP COLUMN note;\nDROP TABLE audit;\n"
                + "ALTER TABLE orders RENAME COLUMN qty TO quantity;\nALTER TABLE orders ALTER COLUMN amount TYPE integer;\n"));
    }

    @Test
    void renamesAreReported() {
        assertEquals(List.of(
                "db/V2__m2.sql:1:1: error [rename-column] ALTER TABLE renames column public.orders.qty to quantity;"
                        + " clients using the old name fail",
                "db/V2__m2.sql:2:1: error [rename-table] ALTER TABLE renames table public.audit to public.audit_log;"
                        + " clients using the old name fail"),
                LintFixture.lint(LOSS, BASE, "ALTER TABLE orders RENAME COLUMN qty TO quantity;\n"
                        + "ALTER TABLE audit RENAME TO audit_log;\n"));
    }

    @Test
    void narrowingIsReportedAndWideningIsNot() {
        assertEquals(List.of(
                "db/V2__m2.sql:1:1: error [column-type-changed] ALTER TABLE changes column public.orders.note from"
                        + " character varying(100) to character varying(50), which may not hold every value",
                "db/V2__m2.sql:2:1: error [column-type-changed] ALTER TABLE changes column public.orders.amount from"
                        + " numeric(10,2) to integer, which may not hold every value"),
                LintFixture.lint(LOSS, BASE, "ALTER TABLE orders ALTER COLUMN note TYPE varchar(50);\n"
                        + "ALTER TABLE orders ALTER COLUMN amount TYPE integer;\n"));
        assertEquals(List.of(), LintFixture.lint(LOSS, BASE, "ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);\n"
                + "ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);\nALTER TABLE orders ALTER COLUMN qty TYPE bigint;\n"
                + "ALTER TABLE orders ALTER COLUMN note TYPE text;\n"));
    }

    @Test
    void aNotNullColumnNeedsADefault() {
        assertEquals(List.of("db/V2__m2.sql:1:1: error [not-null-without-default] ALTER TABLE adds NOT NULL column"
                        + " public.orders.customer_id without a default: it fails on a table with rows"),
                LintFixture.lint(LOSS, BASE, "ALTER TABLE orders ADD COLUMN customer_id integer NOT NULL;\n"));
        assertEquals(List.of(), LintFixture.lint(LOSS, BASE, "ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'web';\n"
                + "ALTER TABLE orders ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;\n"
                + "ALTER TABLE orders ADD COLUMN remark text;\n"));
    }

    @Test
    void deletingEveryRowIsReportedAndAFilteredDeleteIsNot() {
        assertEquals(List.of(
                "db/V2__m2.sql:1:1: error [delete-all-rows] TRUNCATE removes every row of orders",
                "db/V2__m2.sql:2:1: error [delete-all-rows] DELETE without WHERE removes every row of audit"),
                LintFixture.lint(LOSS, BASE, "TRUNCATE orders;\nDELETE FROM audit;\n"
                        + "DELETE FROM orders WHERE state = 'new';\n-- DELETE FROM orders;\nSELECT 'DELETE FROM audit';\n"));
    }

    @Test
    void anEnumReCreatedWithFewerValuesLosesThem() {
        assertEquals(List.of("db/V2__m2.sql: error [drop-enum-value] enum public.status loses its value 'shipped'"),
                LintFixture.lint(LOSS, BASE, "ALTER TYPE status RENAME TO status_old;\n"
                        + "CREATE TYPE status AS ENUM ('new', 'paid');\n"
                        + "ALTER TABLE orders ALTER COLUMN state TYPE status USING state::text::status;\n"
                        + "DROP TYPE status_old;\n").stream().filter(l -> l.contains("drop-enum-value")).toList());
        assertEquals(List.of(), LintFixture.lint(Set.of("drop-enum-value"), BASE, "ALTER TYPE status ADD VALUE 'returned';\n"));
    }
}
