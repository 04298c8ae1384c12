package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The slow-schema rules added beside fk-without-index and duplicate-index: redundant prefix indexes,
 * several permissive policies for one role and command, and policies calling a STABLE function per row.
 */
class SlowPolicyAndIndexRulesIT {
    @Test
    void anIndexThatIsAPrefixOfAnotherIsRedundant() {
        assertEquals(List.of(
                "warning [redundant-index] index public.orders_customer of public.orders is redundant: its columns are a"
                        + " leading prefix of public.orders_customer_placed, public.orders_customer_placed_note",
                "warning [redundant-index] index public.orders_customer_placed of public.orders is redundant: its columns"
                        + " are a leading prefix of public.orders_customer_placed_note"),
                LintFixture.lint(Set.of("redundant-index"), "CREATE TABLE orders (id int PRIMARY KEY, customer int,"
                        + " placed date, note text, code text);\n"
                        + "CREATE INDEX orders_customer ON orders (customer);\n"
                        + "CREATE INDEX orders_customer_placed ON orders (customer, placed);\n"
                        + "CREATE INDEX orders_customer_placed_note ON orders (customer, placed, note);\n"));
    }

    @Test
    void indexesThatDifferInWhatTheyServeAreNotRedundant() {
        assertEquals(List.of(), LintFixture.lint(Set.of("redundant-index"), "CREATE TABLE orders (id int PRIMARY KEY,"
                + " customer int, placed date, note text, code text);\n"
                + "CREATE INDEX orders_customer_placed ON orders (customer, placed);\n"
                + "CREATE INDEX orders_customer_desc ON orders (customer DESC);\n"
                + "CREATE UNIQUE INDEX orders_code ON orders (code);\n"
                + "CREATE INDEX orders_code_note ON orders (code, note);\n"
                + "CREATE INDEX orders_note ON orders (note);\n"
                + "CREATE INDEX orders_note_c ON orders (note COLLATE \"C\", placed);\n"
                + "CREATE INDEX orders_placed_partial ON orders (placed) WHERE note IS NULL;\n"
                + "CREATE INDEX orders_placed_customer ON orders (placed, customer);\n"
                + "CREATE INDEX orders_id_placed ON orders (id, placed);\n"
                + "CREATE INDEX orders_placed_hash ON orders USING hash (placed);\n"
                + "CREATE INDEX orders_customer_incl ON orders (customer) INCLUDE (note);\n"
                + "CREATE INDEX orders_lower_note ON orders (lower(note));\n"
                + "CREATE INDEX orders_lower_note_placed ON orders (lower(note), placed);\n"));
    }

    @Test
    void aPartitionedTableIsReportedOnceNotPerPartition() {
        assertEquals(List.of("warning [redundant-index] index public.events_kind of public.events is redundant: its"
                        + " columns are a leading prefix of public.events_kind_at"),
                LintFixture.lint(Set.of("redundant-index"), "CREATE TABLE events (id int, kind text, at date)"
                        + " PARTITION BY RANGE (at);\n"
                        + "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n"
                        + "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n"
                        + "CREATE INDEX events_kind ON events (kind);\n"
                        + "CREATE INDEX events_kind_at ON events (kind, at);\n"));
    }

    @Test
    void severalPermissivePoliciesForOneRoleAndCommand() {
        assertEquals(List.of(
                "warning [multiple-permissive-policies] table public.todos has several permissive SELECT policies for"
                        + " authenticated (manage_own, read_done, read_own), each evaluated for every row; combine them"
                        + " into one",
                "warning [multiple-permissive-policies] table public.todos has several permissive UPDATE policies for"
                        + " authenticated (edit_own, manage_own), each evaluated for every row; combine them into one"),
                LintFixture.lint(Set.of("multiple-permissive-policies"), CatalogRulesIT.ROLES
                        + "CREATE TABLE todos (id int PRIMARY KEY, owner uuid, done boolean);\n"
                        + "ALTER TABLE todos ENABLE ROW LEVEL SECURITY;\n"
                        + "CREATE POLICY read_own ON todos FOR SELECT TO authenticated USING (owner = (SELECT auth.uid()));\n"
                        + "CREATE POLICY read_done ON todos FOR SELECT TO authenticated USING (done);\n"
                        + "CREATE POLICY manage_own ON todos FOR ALL TO authenticated USING (owner = (SELECT auth.uid()));\n"
                        + "CREATE POLICY edit_own ON todos FOR UPDATE TO authenticated, anon USING (owner = (SELECT auth.uid()));\n"));
        assertEquals(List.of(), LintFixture.lint(Set.of("multiple-permissive-policies"), CatalogRulesIT.ROLES
                + "CREATE TABLE todos (id int PRIMARY KEY, owner uuid, done boolean);\n"
                + "ALTER TABLE todos ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY read ON todos FOR SELECT TO authenticated USING (done OR owner = (SELECT auth.uid()));\n"
                + "CREATE POLICY read_anon ON todos FOR SELECT TO anon USING (done);\n"
                + "CREATE POLICY not_banned ON todos AS RESTRICTIVE FOR SELECT TO authenticated USING (true);\n"
                + "CREATE POLICY write ON todos FOR INSERT TO authenticated WITH CHECK (owner = (SELECT auth.uid()));\n"));
    }

    @Test
    void policiesCallingAStableFunctionForEveryRow() {
        assertEquals(List.of(
                "warning [policy-function-per-row] policy by_owner on public.items calls auth.uid(), current_setting(...)"
                        + " for every row; wrap each in a sub-select, e.g. (select auth.uid()), so it runs once per"
                        + " statement",
                "warning [policy-function-per-row] policy by_tenant on public.items calls current_setting(...) for every"
                        + " row; wrap it in a sub-select, e.g. (select current_setting(...)), so it runs once per statement"),
                LintFixture.lint(Set.of("policy-function-per-row"), CatalogRulesIT.ROLES
                        + "CREATE TABLE items (id int PRIMARY KEY, owner uuid, tenant text, made timestamptz);\n"
                        + "ALTER TABLE items ENABLE ROW LEVEL SECURITY;\n"
                        + "CREATE POLICY by_owner ON items FOR SELECT TO authenticated"
                        + " USING (owner = auth.uid() AND tenant = current_setting('app.tenant', true));\n"
                        + "CREATE POLICY by_tenant ON items FOR UPDATE TO authenticated USING (owner = (SELECT auth.uid()))"
                        + " WITH CHECK (lower(tenant) = lower(current_setting('app.tenant')));\n"));
        assertEquals(List.of(), LintFixture.lint(Set.of("policy-function-per-row"), CatalogRulesIT.ROLES
                + "CREATE TABLE items (id int PRIMARY KEY, owner uuid, tenant text, made timestamptz);\n"
                + "ALTER TABLE items ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY by_owner ON items FOR SELECT TO authenticated USING (owner = (SELECT auth.uid())"
                + " AND tenant = (SELECT current_setting('app.tenant', true)));\n"
                + "CREATE POLICY old ON items FOR DELETE TO authenticated USING (made < (SELECT now())"
                + " AND to_char(made, 'YYYY') > '2000' AND lower(tenant) = 'x');\n"));
    }
}
