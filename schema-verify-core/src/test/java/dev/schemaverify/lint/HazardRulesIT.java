package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lock and rewrite hazards, observed on the embedded PostgreSQL: each rule's unsafe form and its safe form. */
class HazardRulesIT {
    private static final String ORDERS = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer, note varchar(20));\n"
            + "CREATE TABLE customers (id integer PRIMARY KEY);\n";
    private static final Set<String> HAZARDS = Set.of("access-exclusive-lock", "write-blocking-lock", "table-rewrite",
            "validation-scan", "non-concurrent-index", "concurrently-in-transaction", "missing-lock-timeout");

    @Test
    void aTypeChangeThatRewritesIsReportedAtItsLine() {
        assertEquals(List.of(
                "db/V2__m2.sql:2:1: warning [access-exclusive-lock] ALTER TABLE takes an ACCESS EXCLUSIVE lock on"
                        + " public.orders: every read and write of it waits until the migration commits",
                "db/V2__m2.sql:2:1: warning [missing-lock-timeout] ALTER TABLE waits to take ACCESS EXCLUSIVE on"
                        + " public.orders with lock_timeout 0; SET lock_timeout first",
                "db/V2__m2.sql:2:1: error [table-rewrite] ALTER TABLE rewrites public.orders under an ACCESS EXCLUSIVE lock"),
                LintFixture.lint(HAZARDS, ORDERS, "-- widen the key\nALTER TABLE orders ALTER COLUMN customer_id TYPE bigint;\n"));
    }

    @Test
    void aTableCreatedInTheSameMigrationIsExempt() {
        assertEquals(List.of(), LintFixture.lint(HAZARDS, ORDERS + "ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint;\n"
                + "CREATE INDEX orders_customer ON orders (customer_id);\n"
                + "ALTER TABLE orders ADD CONSTRAINT positive CHECK (id > 0);\n"));
    }

    @Test
    void wideningAVarcharNeitherRewritesNorScans() {
        assertEquals(List.of("db/V2__m2.sql:2:1: warning [access-exclusive-lock] ALTER TABLE takes an ACCESS EXCLUSIVE"
                        + " lock on public.orders: every read and write of it waits until the migration commits"),
                LintFixture.lint(HAZARDS, ORDERS, "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN note TYPE varchar(40);\n"));
    }

    @Test
    void aCheckConstraintWithoutNotValidScans() {
        assertEquals(List.of("db/V2__m2.sql:2:1: error [validation-scan] ALTER TABLE scans public.orders to validate under"
                        + " its lock; add the constraint NOT VALID and VALIDATE it separately"),
                LintFixture.lint(Set.of("validation-scan"), ORDERS,
                        "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT positive CHECK (id > 0);\n"));
        assertEquals(List.of(), LintFixture.lint(Set.of("validation-scan", "table-rewrite"), ORDERS,
                "ALTER TABLE orders ADD CONSTRAINT positive CHECK (id > 0) NOT VALID;\n"),
                "NOT VALID does not scan");
        assertEquals(List.of(), LintFixture.lint(Set.of("validation-scan", "access-exclusive-lock", "table-rewrite"), ORDERS
                        + "ALTER TABLE orders ADD CONSTRAINT positive CHECK (id > 0) NOT VALID;\n",
                "ALTER TABLE orders VALIDATE CONSTRAINT positive;\n"),
                "VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE only");
    }

    @Test
    void setNotNullScansUnlessAValidatedCheckProvesIt() {
        assertEquals(List.of("db/V2__m2.sql:1:1: error [validation-scan] ALTER TABLE scans public.orders to validate under"
                        + " its lock; add the constraint NOT VALID and VALIDATE it separately"),
                LintFixture.lint(Set.of("validation-scan"), ORDERS, "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n"));
        assertEquals(List.of(), LintFixture.lint(Set.of("validation-scan"), ORDERS
                        + "ALTER TABLE orders ADD CONSTRAINT note_present CHECK (note IS NOT NULL) NOT VALID;\n",
                "ALTER TABLE orders VALIDATE CONSTRAINT note_present;\n",
                "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n"));
    }

    @Test
    void aForeignKeyLocksBothTablesAgainstWritesAndScans() {
        // the referencing table is scanned; the referenced one is probed through its primary key

        assertEquals(List.of(
                "db/V2__m2.sql:1:1: warning [missing-lock-timeout] ALTER TABLE waits to take SHARE ROW EXCLUSIVE on"
                        + " public.orders with lock_timeout 0; SET lock_timeout first",
                "db/V2__m2.sql:1:1: error [validation-scan] ALTER TABLE scans public.orders to validate under its lock;"
                        + " add the constraint NOT VALID and VALIDATE it separately",
                "db/V2__m2.sql:1:1: warning [write-blocking-lock] ALTER TABLE takes a SHARE ROW EXCLUSIVE lock on"
                        + " public.customers: writes to it wait until the migration commits",
                "db/V2__m2.sql:1:1: warning [write-blocking-lock] ALTER TABLE takes a SHARE ROW EXCLUSIVE lock on"
                        + " public.orders: writes to it wait until the migration commits"),
                LintFixture.lint(HAZARDS, ORDERS, "ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY"
                        + " (customer_id) REFERENCES customers (id);\n"));
    }

    @Test
    void aNonConcurrentIndexIsReportedAndTheConcurrentOneIsNot() {
        assertEquals(List.of("db/V2__m2.sql:1:1: error [non-concurrent-index] CREATE INDEX builds index"
                        + " public.orders_note of public.orders without CONCURRENTLY, blocking writes to it"),
                LintFixture.lint(Set.of("non-concurrent-index", "access-exclusive-lock"), ORDERS,
                        "CREATE INDEX orders_note ON orders (note);\n"));
        LintOutcome concurrent = LintFixture.outcome(ORDERS, "CREATE INDEX CONCURRENTLY orders_note ON orders (note);\n");
        assertEquals(List.of(), concurrent.diagnostics().stream().filter(d -> HAZARDS.contains(d.code())).toList());
        assertEquals(List.of("db/V2__m2.sql:1:1: CREATE INDEX ran outside a transaction, so its locks were not observed",
                        LintFixture.RLS_NOT_FORCED_NOT_CHECKED),
                concurrent.notVerified());
    }

    @Test
    void droppingAnIndexWithoutConcurrentlyIsReported() {
        assertEquals(List.of("db/V2__m2.sql:1:1: error [non-concurrent-index] DROP INDEX drops index"
                        + " public.orders_note of public.orders without CONCURRENTLY, blocking all access to it"),
                LintFixture.lint(Set.of("non-concurrent-index"), ORDERS + "CREATE INDEX orders_note ON orders (note);\n",
                        "DROP INDEX orders_note;\n"));
        assertEquals(List.of(), LintFixture.lint(Set.of("non-concurrent-index", "access-exclusive-lock"),
                ORDERS + "CREATE INDEX orders_note ON orders (note);\n", "DROP INDEX CONCURRENTLY orders_note;\n"));
    }

    @Test
    void concurrentlyInsideABeginBlockIsReportedNotThrown() {
        LintOutcome outcome = LintFixture.outcome(ORDERS, "BEGIN;\nCREATE INDEX CONCURRENTLY orders_note ON orders (note);\n"
                + "COMMIT;\n", "CREATE TABLE later (id int PRIMARY KEY);\n");
        assertEquals(List.of("db/V2__m2.sql:2:1: error [concurrently-in-transaction] PostgreSQL refuses it inside a"
                        + " transaction block: CREATE INDEX CONCURRENTLY cannot run inside a transaction block"),
                outcome.diagnostics().stream().filter(d -> d.code().equals("concurrently-in-transaction"))
                        .map(d -> d.line()).toList());
        assertEquals(List.of("migrations after migration 2 m2 (1): not linted, because that migration fails",
                        LintFixture.RLS_NOT_FORCED_NOT_CHECKED),
                outcome.notVerified());
    }

    @Test
    void concurrentlyBesideOtherStatementsIsReported() {
        assertEquals(List.of("db/V2__m2.sql:2:1: error [concurrently-in-transaction] CREATE INDEX CONCURRENTLY shares its"
                        + " migration with 1 other statement(s), which therefore run without a transaction; give it a"
                        + " migration of its own"),
                LintFixture.lint(Set.of("concurrently-in-transaction"), ORDERS, "ALTER TABLE orders ADD COLUMN extra int;\n"
                        + "CREATE INDEX CONCURRENTLY orders_note ON orders (note);\n"));
    }

    @Test
    void aLockTimeoutSetBeforeTheStatementSilencesTheRule() {
        assertEquals(List.of(), LintFixture.lint(Set.of("missing-lock-timeout"), ORDERS,
                "SET lock_timeout = '3s';\nALTER TABLE orders ADD COLUMN extra int;\n"));
    }
}
