package dev.schemaverify.inspect;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.TablePart;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.View;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * PostgreSQL's deparse is not a fixed point of its parser: {@code state IN ('a', 'b')} on a
 * {@code varchar} column is stored and printed as {@code (state)::text = ANY ((ARRAY['a'::character
 * varying, ...])::text[])}, and that text parses back into {@code ARRAY[('a'::character varying)::text,
 * ...]}; a sub-select's {@code NULL::integer} prints without a column name but parses back with
 * {@code AS int4}. A contract written by {@code inspect}, or a database restored from a dump, therefore
 * holds a different text for the same object, and a text comparison reports false drift.
 *
 * <p>So where an expression of the expected side differs from the actual one, both texts are parsed
 * again by PostgreSQL in the same context, through the same {@link ContractNormalizer} path (the same
 * column types, the same view column names), and if either one's round trip meets the other, or both
 * round trips meet, they are the same object: the expected side takes the actual text. Two different
 * expressions never meet, since PostgreSQL parses each into what it means. Only the differing
 * expressions are parsed again, so a clean verification costs nothing more.
 */
public final class SameParse {
    private SameParse() {
    }

    /** {@code expected} with every expression that parses like the actual one spelled as the actual one. */
    public static Snapshot align(Connection context, Snapshot expected, Snapshot actual) {
        Map<QualifiedName, Table> actualTables = new HashMap<>();
        actual.tables().forEach(t -> actualTables.put(t.name(), t));
        Map<QualifiedName, View> actualViews = new HashMap<>();
        actual.views().forEach(v -> actualViews.put(v.name(), v));

        List<Table> expectedProbes = new ArrayList<>();
        List<Table> actualProbes = new ArrayList<>();
        for (Table table : expected.tables()) {
            Table other = actualTables.get(table.name());
            if (other != null) {
                Table probe = probe(table, other);
                if (probe != null) {
                    expectedProbes.add(probe);
                    actualProbes.add(probe(other, table));
                }
            }
        }
        List<View> expectedViews = new ArrayList<>();
        List<View> actualViewProbes = new ArrayList<>();
        for (View view : expected.views()) {
            View other = actualViews.get(view.name());
            if (other != null && view.definition() != null && other.definition() != null
                    && !view.definition().equals(other.definition())) {
                expectedViews.add(view);
                actualViewProbes.add(other);
            }
        }
        if (expectedProbes.isEmpty() && expectedViews.isEmpty()) {
            return expected;
        }
        ContractNormalizer normalizer = new ContractNormalizer();
        Snapshot reparsedExpected = normalizer.normalize(context, probes(expectedProbes, expectedViews));
        Snapshot reparsedActual = normalizer.normalize(context, probes(actualProbes, actualViewProbes));

        Map<QualifiedName, Table> tablesE = byName(reparsedExpected.tables(), Table::name);
        Map<QualifiedName, Table> tablesA = byName(reparsedActual.tables(), Table::name);
        Map<QualifiedName, View> viewsE = byName(reparsedExpected.views(), View::name);
        Map<QualifiedName, View> viewsA = byName(reparsedActual.views(), View::name);
        List<Table> tables = expected.tables().stream().map(t -> tablesE.containsKey(t.name())
                ? aligned(t, actualTables.get(t.name()), tablesE.get(t.name()), tablesA.get(t.name())) : t).toList();
        List<View> views = expected.views().stream().map(v -> {
            View e = viewsE.get(v.name());
            View a = actualViews.get(v.name());
            return e != null && same(v.definition(), a.definition(), e.definition(), viewsA.get(v.name()).definition())
                    ? v.withDefinition(a.definition())
                    : v;
        }).toList();
        return new Snapshot(expected.extensions(), expected.schemas(), expected.enums(), expected.sequences(), tables,
                views, expected.routines(), expected.notVerified());
    }

    /**
     * Whether the texts {@code e} and {@code a} mean the same, given each one's round trip through the
     * parser ({@code re}, {@code ra}): equal texts, or one round trip lands on the other text or both on
     * the same one.
     */
    private static boolean same(String e, String a, String re, String ra) {
        return Objects.equals(e, a) || Objects.equals(ra, e) || Objects.equals(re, a)
                || (re != null && re.equals(ra));
    }

    private static Snapshot probes(List<Table> tables, List<View> views) {
        return new Snapshot(List.of(), List.of(), List.of(), List.of(), tables, views, List.of(), List.of());
    }

    /**
     * {@code table} reduced to the parts whose expressions differ from {@code other}'s, or {@code null} if
     * none does. Columns keep their types (the temporary table needs them) but only a differing default or
     * generation expression; indexes are kept whole, since the normalizer builds them from every component.
     */
    private static Table probe(Table table, Table other) {
        List<Column> columns = new ArrayList<>();
        boolean any = false;
        for (Column column : table.columns()) {
            Column o = other.column(column.name());
            boolean defaultDiffers = o != null && differs(column.defaultValue(), o.defaultValue());
            boolean generatedDiffers = o != null && differs(column.generated(), o.generated());
            any |= defaultDiffers || generatedDiffers;
            columns.add(new Column(column.name(), column.type(), null, defaultDiffers ? column.defaultValue() : null,
                    null, generatedDiffers ? column.generated() : null, null));
        }
        List<CheckConstraint> checks = differing(table.checks(), other.checks(),
                (c, o) -> differs(c.expression(), o.expression()));
        List<Index> indexes = differing(table.indexes(), other.indexes(),
                (i, o) -> differs(i.predicate(), o.predicate()) || (i.keys() != null && o.keys() != null
                        && !i.keys().equals(o.keys())));
        List<Policy> policies = differing(table.policies(), other.policies(),
                (p, o) -> differs(p.using(), o.using()) || differs(p.withCheck(), o.withCheck()));
        List<Trigger> triggers = differing(table.triggers(), other.triggers(), (g, o) -> differs(g.when(), o.when()));
        if (!any && checks.isEmpty() && indexes.isEmpty() && policies.isEmpty() && triggers.isEmpty()) {
            return null;
        }
        return new Table(table.name(), columns, null, List.of(), List.of(), checks, indexes, null, null, policies,
                triggers, List.of(), null);
    }

    private static boolean differs(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    private static <T extends TablePart> List<T> differing(List<T> parts, List<T> others,
            java.util.function.BiPredicate<T, T> differs) {
        Map<String, T> byName = byName(others, TablePart::name);
        return parts.stream().filter(p -> byName.containsKey(p.name()) && differs.test(p, byName.get(p.name())))
                .toList();
    }

    /** {@code table} (expected) with each expression that parses like the actual one spelled as the actual. */
    private static Table aligned(Table table, Table actual, Table reE, Table reA) {
        List<Column> columns = table.columns().stream().map(c -> {
            Column a = actual.column(c.name());
            Column e2 = reE.column(c.name());
            Column a2 = reA.column(c.name());
            if (a == null || e2 == null || a2 == null) {
                return c;
            }
            String defaultValue = same(c.defaultValue(), a.defaultValue(), e2.defaultValue(), a2.defaultValue())
                    ? a.defaultValue() : c.defaultValue();
            String generated = same(c.generated(), a.generated(), e2.generated(), a2.generated())
                    ? a.generated() : c.generated();
            return new Column(c.name(), c.type(), c.nullable(), defaultValue, c.identity(), generated, c.source(),
                    c.collation(), c.identityOptions(), c.comment());
        }).toList();
        List<CheckConstraint> checks = parts(table.checks(), actual.checks(), reE.checks(), reA.checks(),
                (c, a, e2, a2) -> same(c.expression(), a.expression(), e2.expression(), a2.expression())
                        ? new CheckConstraint(c.name(), a.expression(), c.source(), c.valid(), c.noInherit(),
                                c.comment()) : c);
        List<Index> indexes = parts(table.indexes(), actual.indexes(), reE.indexes(), reA.indexes(), (i, a, e2, a2) -> {
            String predicate = same(i.predicate(), a.predicate(), e2.predicate(), a2.predicate())
                    ? a.predicate() : i.predicate();
            List<String> keys = i.keys() != null && a.keys() != null
                    && same(String.join("\u0000", i.keys()), String.join("\u0000", a.keys()), joined(e2.keys()),
                            joined(a2.keys())) ? a.keys() : i.keys();
            return new Index(i.name(), i.unique(), i.method(), keys, i.include(), predicate, i.source(), i.comment());
        });
        List<Policy> policies = parts(table.policies(), actual.policies(), reE.policies(), reA.policies(),
                (p, a, e2, a2) -> new Policy(p.name(), p.permissive(), p.command(), p.roles(),
                        same(p.using(), a.using(), e2.using(), a2.using()) ? a.using() : p.using(),
                        same(p.withCheck(), a.withCheck(), e2.withCheck(), a2.withCheck()) ? a.withCheck() : p.withCheck(),
                        p.source(), p.comment()));
        List<Trigger> triggers = parts(table.triggers(), actual.triggers(), reE.triggers(), reA.triggers(),
                (g, a, e2, a2) -> same(g.when(), a.when(), e2.when(), a2.when())
                        ? new Trigger(g.name(), g.timing(), g.events(), g.level(), g.function(), a.when(), g.source(),
                                g.arguments(), g.updateColumns(), g.constraint(), g.deferrable(), g.initiallyDeferred(),
                                g.comment())
                        : g);
        // withParts keeps every table-level property: partitioning, inheritance, persistence, storage, replica identity
        return table.withParts(columns, table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(), checks,
                indexes, policies, triggers);
    }

    private static String joined(List<String> keys) {
        return keys == null ? null : String.join("\u0000", keys);
    }

    /** One part of the expected table, the actual one of that name, and both round trips. */
    private interface Aligner<T> {
        T align(T expected, T actual, T reparsedExpected, T reparsedActual);
    }

    private static <T extends TablePart> List<T> parts(List<T> parts, List<T> actual, List<T> reE, List<T> reA,
            Aligner<T> aligner) {
        Map<String, T> a = byName(actual, TablePart::name);
        Map<String, T> e2 = byName(reE, TablePart::name);
        Map<String, T> a2 = byName(reA, TablePart::name);
        return parts.stream().map(p -> e2.containsKey(p.name()) && a2.containsKey(p.name())
                ? aligner.align(p, a.get(p.name()), e2.get(p.name()), a2.get(p.name())) : p).toList();
    }

    private static <K, T> Map<K, T> byName(List<T> items, Function<T, K> key) {
        Map<K, T> map = new HashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }
}
