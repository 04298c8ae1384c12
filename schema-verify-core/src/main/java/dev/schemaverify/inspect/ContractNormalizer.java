package dev.schemaverify.inspect;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.Progress;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.SchemaObject;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.View;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lets PostgreSQL deparse every expression and type a contract declares, so that spellings PostgreSQL
 * treats as the same are never drift. Works with temporary objects inside a transaction that is always
 * rolled back.
 *
 * <p>Each contract table becomes a temporary table (the real table's columns, with the contract's types
 * where it declares them), on which the contract's defaults, generated expressions, checks, indexes,
 * policies and triggers are created; views become temporary views and routines temporary functions.
 * They are read back with the inspector's own catalog queries under the same
 * {@link Sessions#DEPARSE_SEARCH_PATH}, so both sides deparse alike. Contract text is parsed under the
 * connection's own {@code search_path} (the one migrations ran with). Anything PostgreSQL rejects keeps
 * the contract's original text, so the diff reports it against the real object. Work is batched, in
 * chunks whose locks are released along the way.
 */
public final class ContractNormalizer {
    private static final int CHUNK = 100;
    private static final String PREFIX = "sv_norm_";

    private final Progress progress;

    public ContractNormalizer() {
        this(Progress.NONE);
    }

    /** A normalizer that reports its progress through thousands of tables on {@code progress}. */
    public ContractNormalizer(Progress progress) {
        this.progress = java.util.Objects.requireNonNull(progress, "progress");
    }

    /** Returns {@code expected} with types, defaults, checks, predicates, policies and views deparsed. */
    public Snapshot normalize(Connection context, Snapshot expected) {
        return normalize(new CatalogQueries(context), expected, Set.of());
    }

    /**
     * As {@link #normalize(Connection, Snapshot)}, leaving the tables, views and routines in {@code asPrinted}
     * (by identity) as they are: those the contract already spells exactly as the database prints them
     * ({@code SchemaDiff.unchanged}), whose comparison deparsing cannot change. A contract that {@code inspect}
     * wrote and that has not drifted is then compared without a temporary object.
     */
    public Snapshot normalize(Connection context, Snapshot expected, Set<? extends SchemaObject> asPrinted) {
        return normalize(new CatalogQueries(context), expected, asPrinted);
    }

    Snapshot normalize(CatalogQueries queries, Snapshot expected, Set<? extends SchemaObject> asPrinted) {
        Set<SchemaObject> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(asPrinted);
        if (kept.containsAll(expected.tables()) && kept.containsAll(expected.views())
                && kept.containsAll(expected.routines()) && expected.sequences().isEmpty()) {
            return expected;
        }
        String parsePath = queries.queryString("SELECT current_setting('search_path')");
        return Sessions.rolledBack(queries, () -> new Run(queries, parsePath, progress, kept).normalize(expected));
    }

    /** One normalization: the state shared by its chunks. */
    private static final class Run {
        private final CatalogQueries queries;
        private final CatalogReader reader;
        private final String parsePath;
        private final Progress progress;
        private final Map<String, String> types = new HashMap<>();
        /** The objects left as they are. */
        private final Set<SchemaObject> kept;
        private int savepoints;

        Run(CatalogQueries queries, String parsePath, Progress progress, Set<SchemaObject> kept) {
            this.queries = queries;
            this.progress = progress;
            this.kept = kept;
            this.reader = new CatalogReader(queries);
            this.parsePath = parsePath;
        }

        Snapshot normalize(Snapshot expected) {
            probeTemporaryObjects();
            normalizeTypes(expected);
            List<Sequence> sequences = expected.sequences().stream().map(s -> new Sequence(s.name(),
                    type(s.dataType()), s.start(), s.increment(), s.minValue(), s.maxValue(), s.cache(), s.cycle(),
                    s.source(), s.ownedBy(), s.grants(), s.owner(), s.comment())).toList();
            return new Snapshot(expected.extensions(), expected.schemas(), expected.enums(), sequences,
                    normalizeTables(expected.tables()), normalizeViews(expected.views()),
                    normalizeRoutines(expected.routines()), expected.notVerified());
        }

        // ---- types -------------------------------------------------------------------------------

        private void normalizeTypes(Snapshot expected) {
            Set<String> declared = new LinkedHashSet<>();
            expected.tables().stream().filter(t -> !kept.contains(t))
                    .forEach(t -> t.columns().forEach(c -> addType(declared, c.type())));
            expected.sequences().forEach(s -> addType(declared, s.dataType()));
            List<String> all = new ArrayList<>(declared);
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                inChunk(() -> {
                    // one wide table takes one lock; a table per type is the fallback that isolates a typo
                    List<String> wideColumns = new ArrayList<>();
                    List<String> single = new ArrayList<>();
                    for (int i = 0; i < chunk.size(); i++) {
                        wideColumns.add("c" + i + " " + chunk.get(i));
                        single.add("CREATE TEMP TABLE " + PREFIX + "type" + i + " (c0 " + chunk.get(i) + ")");
                    }
                    boolean wide = !run(List.of("CREATE TEMP TABLE " + PREFIX + "types ("
                            + String.join(", ", wideColumns) + ")")).isEmpty();
                    Set<Integer> ok = wide ? Set.of() : run(single);
                    readingBack();
                    List<String> names = new ArrayList<>(List.of(PREFIX + "types"));
                    for (int i = 0; i < chunk.size(); i++) {
                        names.add(PREFIX + "type" + i);
                    }
                    for (Table table : reader.within(names).tables(tempSchema())) {
                        String name = table.name().name();
                        for (Column column : table.columns()) {
                            int i = Integer.parseInt(column.name().substring(1));
                            if (wide && name.equals(PREFIX + "types")) {
                                types.put(chunk.get(i), column.type());
                            } else if (!wide && name.startsWith(PREFIX + "type")) {
                                int t = Integer.parseInt(name.substring((PREFIX + "type").length()));
                                if (ok.contains(t)) {
                                    types.put(chunk.get(t), column.type());
                                }
                            }
                        }
                    }
                    return null;
                });
            }
        }

        private static void addType(Set<String> declared, String type) {
            if (type != null && SqlFragments.isSingleExpression(type)) {
                declared.add(type);
            }
        }

        private String type(String declared) {
            return declared == null ? null : types.getOrDefault(declared, declared);
        }

        // ---- tables ------------------------------------------------------------------------------

        private List<Table> normalizeTables(List<Table> all) {
            List<Table> tables = all.stream().filter(t -> !kept.contains(t)).toList();
            if (tables.isEmpty()) {
                return all;
            }
            List<String> schemas = tables.stream().map(t -> t.name().schema()).distinct().toList();
            Map<QualifiedName, Map<String, String>> real = new HashMap<>();
            // a real column's collation comes along, so that index keys deparse as on the real table
            queries.query("columns", row -> real
                    .computeIfAbsent(new QualifiedName(row.getString("schema"), row.getString("table_name")),
                            k -> new LinkedHashMap<>())
                    .put(row.getString("name"), row.getString("type")
                            + (row.getString("collation") == null ? "" : " COLLATE " + row.getString("collation"))),
                    schemas);
            List<Table> result = new ArrayList<>();
            Progress.Task task = progress.start("normalizing the contract", tables.size(), "tables");
            for (int from = 0; from < tables.size(); from += CHUNK) {
                List<Table> chunk = tables.subList(from, Math.min(tables.size(), from + CHUNK));
                result.addAll(inChunk(() -> normalizeTableChunk(chunk, real, all)));
                task.done(result.size());
            }
            task.finish();
            return inPlace(all, tables, result);
        }

        /** {@code all} with each of {@code replaced} (by identity) taken from {@code by}, in the same order. */
        private static <T> List<T> inPlace(List<T> all, List<T> replaced, List<T> by) {
            if (replaced.size() == all.size()) {
                return by;
            }
            Map<T, T> replacement = new IdentityHashMap<>();
            for (int i = 0; i < replaced.size(); i++) {
                replacement.put(replaced.get(i), by.get(i));
            }
            return all.stream().map(o -> replacement.getOrDefault(o, o)).toList();
        }

        private List<Table> normalizeTableChunk(List<Table> chunk, Map<QualifiedName, Map<String, String>> real,
                List<Table> all) {
            List<String> names = tempTableNames(chunk);
            List<String> creates = new ArrayList<>();
            creates.add("CREATE FUNCTION pg_temp." + PREFIX + "trigger() RETURNS trigger LANGUAGE plpgsql"
                    + " AS 'BEGIN RETURN NULL; END'");
            List<Map<String, String>> columnTypes = new ArrayList<>();
            for (int t = 0; t < chunk.size(); t++) {
                Table table = chunk.get(t);
                Map<String, String> columns = new LinkedHashMap<>(real.getOrDefault(table.name(), Map.of()));
                for (Column column : table.columns()) {
                    String normalized = column.type() == null ? null : types.get(column.type());
                    if (normalized != null) {
                        columns.put(column.name(), normalized);
                    } else {
                        columns.putIfAbsent(column.name(), "text");
                    }
                    if (SqlFragments.isSingleExpression(column.collation())) {
                        String type = columns.get(column.name());
                        int collate = type.indexOf(" COLLATE ");
                        columns.put(column.name(), (collate < 0 ? type : type.substring(0, collate)) + " COLLATE "
                                + column.collation());
                    }
                }
                inheritedColumns(table, all, columns, new java.util.HashSet<>());
                columnTypes.add(columns);
                creates.add("CREATE TEMP TABLE " + names.get(t) + " (" + columns.entrySet().stream()
                        .map(e -> Identifiers.quoteAlways(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")) + ")");
            }
            Set<Integer> created = run(creates);
            List<String> keys = new ArrayList<>();
            List<String> ddl = new ArrayList<>();
            for (int t = 0; t < chunk.size(); t++) {
                if (created.contains(t + 1)) {
                    partsDdl(t, names.get(t), chunk.get(t), columnTypes.get(t), keys, ddl);
                    structureDdl(t, names.get(t), chunk.get(t), all, keys, ddl);
                }
            }
            Set<Integer> ok = run(ddl);
            Set<String> done = new java.util.HashSet<>();
            ok.forEach(i -> done.add(keys.get(i)));
            List<String> renames = new ArrayList<>();
            for (int t = 0; t < chunk.size(); t++) {
                if (created.contains(t + 1) && !names.get(t).startsWith("pg_temp." + PREFIX)) {
                    renames.add("ALTER TABLE " + names.get(t) + " RENAME TO " + PREFIX + "t" + t);
                }
            }
            run(renames);
            readingBack();
            Map<String, Table> temp = new HashMap<>();
            List<String> tempNames = new ArrayList<>();
            for (int t = 0; t < chunk.size(); t++) {
                tempNames.add(PREFIX + "t" + t);
                // the temporary tables that deparse a partition key and bound (see withStructure)
                tempNames.add(PREFIX + "pk" + t);
                tempNames.add(PREFIX + "pb" + t);
            }
            reader.within(tempNames).tables(tempSchema()).forEach(table -> temp.put(table.name().name(), table));
            List<Table> result = new ArrayList<>();
            for (int t = 0; t < chunk.size(); t++) {
                Table rebuilt = rebuild(t, chunk.get(t), temp.get(PREFIX + "t" + t), done, chunk);
                result.add(withStructure(t, rebuilt, temp, done));
            }
            return result;
        }

        /**
         * A partition or child declares none of the columns it inherits, but its checks, indexes and policies
         * use them: the temporary table gets the declared parents' columns too.
         */
        private void inheritedColumns(Table table, List<Table> all, Map<String, String> columns, Set<QualifiedName> seen) {
            for (QualifiedName parentName : table.parents()) {
                if (!seen.add(parentName)) {
                    continue;
                }
                for (Table parent : all) {
                    if (parent.name().equals(parentName)) {
                        for (Column column : parent.columns()) {
                            String normalized = column.type() == null ? null : types.get(column.type());
                            columns.putIfAbsent(column.name(), normalized != null ? normalized : "text");
                        }
                        inheritedColumns(parent, all, columns, seen);
                    }
                }
            }
        }

        /**
         * A temporary table takes its real table's name, so that a policy naming its own table
         * ({@code orders.user_id}) parses and deparses as on the real one; a name used twice in a chunk
         * falls back to a numbered one.
         */
        private static List<String> tempTableNames(List<Table> chunk) {
            Map<String, Long> counts = chunk.stream()
                    .collect(Collectors.groupingBy(t -> t.name().name(), Collectors.counting()));
            List<String> names = new ArrayList<>();
            for (int t = 0; t < chunk.size(); t++) {
                String name = chunk.get(t).name().name();
                boolean unique = counts.get(name) == 1 && !name.startsWith(PREFIX);
                names.add("pg_temp." + (unique ? Identifiers.quoteAlways(name) : PREFIX + "t" + t));
            }
            return names;
        }

        /**
         * A partition key and a bound are expressions too: PostgreSQL deparses them on a temporary partitioned
         * table with the table's columns ({@code pk}), and on a temporary partition ({@code pb}) of a
         * temporary parent keyed as the declared parent is ({@code pp}).
         */
        private void structureDdl(int t, String on, Table table, List<Table> all, List<String> keys, List<String> ddl) {
            if (table.partitionBy() != null && SqlFragments.isSingleExpression(table.partitionBy())) {
                keys.add(t + "/partitionBy");
                ddl.add("CREATE TEMP TABLE " + PREFIX + "pk" + t + " (LIKE " + on + ") PARTITION BY " + table.partitionBy());
            }
            String parentKey = all.stream().filter(p -> p.name().equals(table.partitionOf())).map(Table::partitionBy)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (table.partitionBound() != null && parentKey != null && SqlFragments.isSingleExpression(parentKey)
                    && SqlFragments.isSingleExpression(table.partitionBound())) {
                keys.add(t + "/boundParent");
                ddl.add("CREATE TEMP TABLE " + PREFIX + "pp" + t + " (LIKE " + on + ") PARTITION BY " + parentKey);
                keys.add(t + "/partitionBound");
                ddl.add("CREATE TEMP TABLE " + PREFIX + "pb" + t + " PARTITION OF " + PREFIX + "pp" + t + " "
                        + table.partitionBound());
            }
        }

        private static Table withStructure(int t, Table table, Map<String, Table> temp, Set<String> done) {
            Table key = done.contains(t + "/partitionBy") ? temp.get(PREFIX + "pk" + t) : null;
            Table bound = done.contains(t + "/partitionBound") ? temp.get(PREFIX + "pb" + t) : null;
            if (key == null && bound == null) {
                return table;
            }
            return new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(),
                    table.foreignKeys(), table.checks(), table.indexes(), table.rlsEnabled(), table.rlsForced(),
                    table.policies(), table.triggers(), table.grants(), table.source(),
                    key == null ? table.partitionBy() : key.partitionBy(), table.partitionOf(),
                    bound == null ? table.partitionBound() : bound.partitionBound(), table.inherits(),
                    table.unlogged(), table.storage(), table.replicaIdentity(), table.owner(), table.comment());
        }

        /** Index names share the schema's namespace, so they carry the table number too. */
        private static String indexName(int t, int k) {
            return PREFIX + "t" + t + "_i" + k;
        }

        private void partsDdl(int t, String on, Table table, Map<String, String> columnTypes, List<String> keys,
                List<String> ddl) {
            List<Column> columns = table.columns();
            for (int k = 0; k < columns.size(); k++) {
                Column column = columns.get(k);
                String quoted = Identifiers.quoteAlways(column.name());
                if (SqlFragments.isSingleExpression(column.defaultValue())) {
                    keys.add(t + "/default/" + k);
                    ddl.add("ALTER TABLE " + on + " ALTER COLUMN " + quoted + " SET DEFAULT (" + column.defaultValue() + ")");
                }
                if (SqlFragments.isSingleExpression(column.generated())) {
                    keys.add(t + "/generated/" + k);
                    ddl.add("ALTER TABLE " + on + " ADD COLUMN " + PREFIX + "g" + k + " " + columnTypes.get(column.name())
                            + " GENERATED ALWAYS AS (" + column.generated() + ") STORED");
                }
            }
            for (int k = 0; k < table.checks().size(); k++) {
                String expression = table.checks().get(k).expression();
                if (SqlFragments.isSingleExpression(expression)) {
                    keys.add(t + "/check/" + k);
                    ddl.add("ALTER TABLE " + on + " ADD CONSTRAINT " + PREFIX + "c" + k + " CHECK (" + expression
                            + ") NOT VALID");
                }
            }
            for (int k = 0; k < table.indexes().size(); k++) {
                Index index = table.indexes().get(k);
                String keyList = index.keys() == null ? columnTypes.keySet().stream().findFirst()
                        .map(Identifiers::quoteAlways).orElse(null) : String.join(", ", index.keys());
                String include = index.include() == null || index.include().isEmpty() ? ""
                        : " INCLUDE (" + String.join(", ", index.include()) + ")";
                String where = index.predicate() == null ? "" : " WHERE (" + index.predicate() + ")";
                String method = index.method() == null ? "btree" : index.method();
                if (keyList != null && SqlFragments.isSingleExpression(keyList) && SqlFragments.isSingleExpression(method)
                        && (include.isEmpty() || SqlFragments.isSingleExpression(include))
                        && (where.isEmpty() || SqlFragments.isSingleExpression(index.predicate()))) {
                    keys.add(t + "/index/" + k);
                    ddl.add("CREATE INDEX " + indexName(t, k) + " ON " + on + " USING " + method + " (" + keyList
                            + ")" + include + where);
                }
            }
            for (int k = 0; k < table.policies().size(); k++) {
                Policy policy = table.policies().get(k);
                boolean usingOk = policy.using() == null || SqlFragments.isSingleExpression(policy.using());
                boolean checkOk = policy.withCheck() == null || SqlFragments.isSingleExpression(policy.withCheck());
                String command = policy.command() == null ? "ALL" : upper(policy.command());
                if (usingOk && checkOk && SqlFragments.isSingleExpression(command)) {
                    keys.add(t + "/policy/" + k);
                    ddl.add("CREATE POLICY " + PREFIX + "p" + k + " ON " + on
                            + (Boolean.FALSE.equals(policy.permissive()) ? " AS RESTRICTIVE" : " AS PERMISSIVE")
                            + " FOR " + command
                            + (policy.using() == null ? "" : " USING (" + policy.using() + ")")
                            + (policy.withCheck() == null ? "" : " WITH CHECK (" + policy.withCheck() + ")"));
                }
            }
            for (int k = 0; k < table.triggers().size(); k++) {
                Trigger trigger = table.triggers().get(k);
                String function = trigger.function() == null ? "pg_temp." + PREFIX + "trigger"
                        : trigger.function().strip().replaceFirst("\\(\\s*\\)$", "");
                String timing = trigger.timing() == null || upper(trigger.timing()).equals("INSTEAD OF") ? "BEFORE"
                        : upper(trigger.timing());
                String events = trigger.events() == null || trigger.events().isEmpty() ? "UPDATE"
                        : trigger.events().stream().map(Run::upper).collect(Collectors.joining(" OR "));
                String level = trigger.level() == null ? "ROW" : upper(trigger.level());
                String when = trigger.when() == null ? "" : " WHEN (" + trigger.when() + ")";
                if (SqlFragments.isSingleExpression(function) && SqlFragments.isSingleExpression(timing + events + level)
                        && (trigger.when() == null || SqlFragments.isSingleExpression(trigger.when()))) {
                    keys.add(t + "/trigger/" + k);
                    ddl.add("CREATE TRIGGER " + PREFIX + "tg" + k + " " + timing + " " + events + " ON " + on
                            + " FOR EACH " + level + when + " EXECUTE FUNCTION " + function + "()");
                }
            }
        }

        private Table rebuild(int t, Table table, Table temp, Set<String> done, List<Table> chunk) {
            if (temp == null) {
                return retype(table);
            }
            List<Column> columns = new ArrayList<>();
            for (int k = 0; k < table.columns().size(); k++) {
                Column c = table.columns().get(k);
                Column tc = temp.column(c.name());
                String defaultValue = done.contains(t + "/default/" + k) && tc != null ? tc.defaultValue() : c.defaultValue();
                Column gc = temp.column(PREFIX + "g" + k);
                String generated = done.contains(t + "/generated/" + k) && gc != null ? gc.generated() : c.generated();
                String collation = c.collation() != null && tc != null ? tc.collation() : c.collation();
                columns.add(new Column(c.name(), type(c.type()), c.nullable(), defaultValue, upper(c.identity()), generated,
                        c.source(), collation, c.identityOptions(), c.comment()));
            }
            List<CheckConstraint> checks = new ArrayList<>();
            for (int k = 0; k < table.checks().size(); k++) {
                CheckConstraint c = table.checks().get(k);
                CheckConstraint tc = part(temp.checks(), PREFIX + "c" + k, done.contains(t + "/check/" + k));
                checks.add(tc == null ? c : new CheckConstraint(c.name(), tc.expression(), c.source(), c.valid(),
                        c.noInherit(), c.comment()));
            }
            List<Index> indexes = new ArrayList<>();
            for (int k = 0; k < table.indexes().size(); k++) {
                Index i = table.indexes().get(k);
                Index ti = part(temp.indexes(), indexName(t, k), done.contains(t + "/index/" + k));
                indexes.add(ti == null ? new Index(i.name(), i.unique(), lower(i.method()), i.keys(), i.include(),
                        i.predicate(), i.source(), i.comment())
                        : new Index(i.name(), i.unique(), lower(i.method()), i.keys() == null ? null : ti.keys(),
                                i.include() == null ? null : ti.include(), i.predicate() == null ? null : ti.predicate(),
                                i.source(), i.comment()));
            }
            List<Policy> policies = new ArrayList<>();
            for (int k = 0; k < table.policies().size(); k++) {
                Policy p = table.policies().get(k);
                Policy tp = part(temp.policies(), PREFIX + "p" + k, done.contains(t + "/policy/" + k));
                policies.add(new Policy(p.name(), p.permissive(), upper(p.command()), p.roles(),
                        tp == null || p.using() == null ? p.using() : backToReal(tp.using(), chunk),
                        tp == null || p.withCheck() == null ? p.withCheck() : backToReal(tp.withCheck(), chunk),
                        p.source(), p.comment()));
            }
            List<Trigger> triggers = new ArrayList<>();
            for (int k = 0; k < table.triggers().size(); k++) {
                Trigger g = table.triggers().get(k);
                Trigger tg = part(temp.triggers(), PREFIX + "tg" + k, done.contains(t + "/trigger/" + k));
                triggers.add(tg == null
                        ? new Trigger(g.name(), upper(g.timing()), g.events(), upper(g.level()), g.function(), g.when(),
                                g.source(), g.arguments(), g.updateColumns(), g.constraint(), g.deferrable(),
                                g.initiallyDeferred(), g.comment())
                        : new Trigger(g.name(), upper(g.timing()), g.events() == null ? null : tg.events(),
                                upper(g.level()), g.function() == null ? null : tg.function(),
                                g.when() == null ? null : tg.when(), g.source(), g.arguments(), g.updateColumns(),
                                g.constraint(), g.deferrable(), g.initiallyDeferred(), g.comment()));
            }
            return table.withParts(columns, table.primaryKey(), table.uniqueConstraints(), foreignKeys(table), checks,
                    indexes, policies, triggers);
        }

        private Table retype(Table table) {
            return table.withParts(table.columns().stream().map(c -> new Column(c.name(), type(c.type()),
                    c.nullable(), c.defaultValue(), upper(c.identity()), c.generated(), c.source(), c.collation(),
                    c.identityOptions(), c.comment())).toList(), table.primaryKey(), table.uniqueConstraints(), foreignKeys(table),
                    table.checks(), table.indexes(), table.policies(), table.triggers());
        }

        private static List<ForeignKey> foreignKeys(Table table) {
            return table.foreignKeys().stream().map(f -> new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                    f.referencedColumns(), upper(f.onDelete()), upper(f.onUpdate()), f.deferrable(),
                    f.initiallyDeferred(), f.source(), f.valid(), f.onDeleteColumns(), f.comment())).toList();
        }

        private static <T extends dev.schemaverify.model.TablePart> T part(List<T> parts, String name, boolean done) {
            if (!done) {
                return null;
            }
            return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }

        /**
         * Before reading back, each temporary table was renamed {@code sv_norm_t<n>}; a policy that names
         * a table of the chunk prints that name. A column reference ({@code orders.user_id}) gets the
         * real table's own name back, a table reference its schema-qualified name, as on the real table.
         */
        private static String backToReal(String expression, List<Table> chunk) {
            if (expression == null || !expression.contains(PREFIX)) {
                return expression;
            }
            Matcher matcher = Pattern.compile("(?<![A-Za-z0-9_$\".])" + PREFIX + "t(\\d+)(?![A-Za-z0-9_$])(\\.?)")
                    .matcher(expression);
            StringBuilder result = new StringBuilder();
            while (matcher.find()) {
                QualifiedName real = chunk.get(Integer.parseInt(matcher.group(1))).name();
                String replacement = matcher.group(2).isEmpty() ? real.toString() : Identifiers.quote(real.name()) + ".";
                matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(result);
            return result.toString();
        }

        // ---- views and routines -----------------------------------------------------------------

        /**
         * View definitions through temporary views; a materialized view's index keys and predicates through
         * a temporary table made from its query ({@code CREATE TEMP TABLE ... AS ... WITH NO DATA}: the same
         * columns and types) with the same indexes, since PostgreSQL has no temporary materialized views.
         */
        private List<View> normalizeViews(List<View> all) {
            List<View> views = all.stream().filter(v -> !kept.contains(v)).toList();
            List<View> result = new ArrayList<>();
            for (int from = 0; from < views.size(); from += CHUNK) {
                List<View> chunk = views.subList(from, Math.min(views.size(), from + CHUNK));
                result.addAll(inChunk(() -> {
                    List<String> index = new ArrayList<>();
                    List<String> ddl = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    for (int v = 0; v < chunk.size(); v++) {
                        View view = chunk.get(v);
                        String query = SqlFragments.query(view.definition());
                        names.add(PREFIX + "v" + v);
                        if (query == null) {
                            continue;
                        }
                        index.add("v" + v);
                        ddl.add("CREATE TEMP VIEW " + PREFIX + "v" + v + " AS " + query);
                        if (view.materialized() && !view.indexes().isEmpty()) {
                            names.add(PREFIX + "m" + v);
                            index.add("m" + v);
                            ddl.add("CREATE TEMP TABLE " + PREFIX + "m" + v + " AS " + query + " WITH NO DATA");
                            for (int k = 0; k < view.indexes().size(); k++) {
                                String create = viewIndex(view.indexes().get(k), PREFIX + "m" + v, PREFIX + "m" + v + "_i" + k);
                                if (create != null) {
                                    index.add("m" + v + "/" + k);
                                    ddl.add(create);
                                }
                            }
                        }
                    }
                    Set<Integer> ok = run(ddl);
                    Set<String> done = ok.stream().map(index::get).collect(Collectors.toSet());
                    readingBack();
                    Map<String, View> temp = new HashMap<>();
                    reader.within(names).views(tempSchema()).forEach(view -> temp.put(view.name().name(), view));
                    Map<String, Table> tables = new HashMap<>();
                    if (done.stream().anyMatch(key -> key.startsWith("m"))) {
                        reader.within(names).tables(tempSchema()).forEach(t -> tables.put(t.name().name(), t));
                    }
                    List<View> normalized = new ArrayList<>();
                    for (int v = 0; v < chunk.size(); v++) {
                        View view = chunk.get(v);
                        View tv = done.contains("v" + v) ? temp.get(PREFIX + "v" + v) : null;
                        View withDefinition = tv == null ? view : view.withDefinition(tv.definition());
                        Table tm = done.contains("m" + v) ? tables.get(PREFIX + "m" + v) : null;
                        normalized.add(tm == null ? withDefinition : withViewIndexes(withDefinition, v, tm, done));
                    }
                    return normalized;
                }));
            }
            return inPlace(all, views, result);
        }

        /** {@code CREATE INDEX} of a materialized view's declared index on its stand-in table, or {@code null}. */
        private static String viewIndex(Index index, String on, String name) {
            if (index.keys() == null || index.keys().isEmpty()) {
                return null;
            }
            String keyList = String.join(", ", index.keys());
            String method = index.method() == null ? "btree" : index.method();
            if (!SqlFragments.isSingleExpression(keyList) || !SqlFragments.isSingleExpression(method)
                    || index.predicate() != null && !SqlFragments.isSingleExpression(index.predicate())) {
                return null;
            }
            return "CREATE INDEX " + name + " ON " + on + " USING " + method + " (" + keyList + ")"
                    + (index.predicate() == null ? "" : " WHERE (" + index.predicate() + ")");
        }

        private static View withViewIndexes(View view, int v, Table stand, Set<String> done) {
            List<Index> indexes = new ArrayList<>();
            for (int k = 0; k < view.indexes().size(); k++) {
                Index i = view.indexes().get(k);
                Index ti = part(stand.indexes(), PREFIX + "m" + v + "_i" + k, done.contains("m" + v + "/" + k));
                indexes.add(ti == null ? i : new Index(i.name(), i.unique(), lower(i.method()), ti.keys(), i.include(),
                        i.predicate() == null ? null : ti.predicate(), i.source(), i.comment()));
            }
            return new View(view.name(), view.materialized(), view.definition(), view.source(), view.checkOption(),
                    indexes, view.storage(), view.owner(), view.comment());
        }

        private List<Routine> normalizeRoutines(List<Routine> all) {
            List<Routine> routines = all.stream().filter(r -> !kept.contains(r)).toList();
            List<Routine> result = new ArrayList<>();
            for (int from = 0; from < routines.size(); from += CHUNK) {
                List<Routine> chunk = routines.subList(from, Math.min(routines.size(), from + CHUNK));
                result.addAll(inChunk(() -> {
                    queries.execute("SET LOCAL check_function_bodies = off");
                    List<String> keys = new ArrayList<>();
                    List<String> ddl = new ArrayList<>();
                    for (int r = 0; r < chunk.size(); r++) {
                        routineDdl(r, chunk.get(r), true, keys, ddl);
                    }
                    Set<String> done = new java.util.HashSet<>();
                    run(ddl).forEach(i -> done.add(keys.get(i)));
                    List<String> retryKeys = new ArrayList<>();
                    List<String> retry = new ArrayList<>();
                    for (int r = 0; r < chunk.size(); r++) {
                        if (!done.contains(r + "/settings") && chunk.get(r).settings() != null
                                && !chunk.get(r).settings().isEmpty()) {
                            routineDdl(r, chunk.get(r), false, retryKeys, retry);
                        }
                    }
                    run(retry).forEach(i -> done.add(retryKeys.get(i)));
                    readingBack();
                    Map<String, Routine> temp = new HashMap<>();
                    List<String> names = new ArrayList<>();
                    for (int r = 0; r < chunk.size(); r++) {
                        names.add(PREFIX + "r" + r);
                        names.add(PREFIX + "r" + r + "_plain");
                    }
                    reader.within(names).routines(tempSchema())
                            .forEach(routine -> temp.put(routine.name().name(), routine));
                    List<Routine> normalized = new ArrayList<>();
                    for (int r = 0; r < chunk.size(); r++) {
                        Routine routine = chunk.get(r);
                        Routine withSettings = done.contains(r + "/settings") ? temp.get(PREFIX + "r" + r) : null;
                        Routine plain = withSettings != null ? withSettings
                                : done.contains(r + "/plain") ? temp.get(PREFIX + "r" + r + "_plain") : null;
                        normalized.add(rebuild(routine, plain, withSettings));
                    }
                    return withDatabaseArgumentNames(chunk, normalized);
                }));
            }
            return inPlace(all, routines, result);
        }

        /**
         * A contract that names an overload by its argument types alone ({@code touch(uuid)}) means the
         * database's routine of that name and those types, whatever it calls its arguments: take the
         * database's identity arguments ({@code p_id uuid}) so the two are matched, not missing and unexpected.
         */
        private List<Routine> withDatabaseArgumentNames(List<Routine> chunk, List<Routine> normalized) {
            Map<String, String> tempTypes = new HashMap<>();
            queries.query("routine_signatures", rs -> new String[] {rs.getString(2), rs.getString(3), rs.getString(4)},
                    tempSchema()).forEach(row -> tempTypes.put(row[0], row[1] + "\u0000" + row[2]));
            List<String> schemas = normalized.stream().map(r -> r.name().schema()).distinct().toList();
            Map<String, String> database = new HashMap<>();
            queries.query("routine_signatures", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4)}, schemas).forEach(row -> database.put(row[0] + "." + row[1] + "(" + row[2] + ")", row[3]));
            List<Routine> result = new ArrayList<>();
            for (int r = 0; r < normalized.size(); r++) {
                Routine routine = normalized.get(r);
                String temp = tempTypes.get(PREFIX + "r" + r);
                if (temp == null) {
                    temp = tempTypes.get(PREFIX + "r" + r + "_plain");
                }
                String[] typesAndArguments = temp == null ? null : temp.split("\u0000", -1);
                boolean typesOnly = typesAndArguments != null && typesAndArguments[0].equals(typesAndArguments[1])
                        && typesAndArguments[1].equals(routine.arguments());
                String named = typesOnly ? database.get(routine.name().schema() + "." + routine.name().name() + "("
                        + typesAndArguments[0] + ")") : null;
                result.add(named == null || named.equals(routine.arguments()) ? routine : routine.withArguments(named));
            }
            return result;
        }

        private void routineDdl(int r, Routine routine, boolean withSettings, List<String> keys, List<String> ddl) {
            boolean procedure = Boolean.TRUE.equals(routine.procedure());
            String returns = procedure ? null : routine.returns() == null ? "void" : routine.returns();
            List<String> settings = withSettings && routine.settings() != null ? routine.settings() : List.of();
            StringBuilder sql = new StringBuilder("CREATE ").append(procedure ? "PROCEDURE" : "FUNCTION")
                    .append(" pg_temp.").append(PREFIX).append('r').append(r).append(withSettings ? "" : "_plain")
                    .append('(').append(arguments(routine)).append(')');
            if (!arguments(routine).isEmpty() && !SqlFragments.isSingleExpression(arguments(routine))) {
                return;
            }
            if (returns != null) {
                if (!SqlFragments.isSingleExpression(returns)) {
                    return;
                }
                sql.append(" RETURNS ").append(returns);
            }
            sql.append(" LANGUAGE plpgsql");
            for (String setting : settings) {
                int eq = setting.indexOf('=');
                if (eq <= 0 || !SqlFragments.isSingleExpression(setting)) {
                    return;
                }
                sql.append(" SET ").append(setting, 0, eq).append(" TO ").append(setting.substring(eq + 1));
            }
            sql.append(" AS 'BEGIN END'");
            keys.add(r + (withSettings ? "/settings" : "/plain"));
            ddl.add(sql.toString());
        }

        /** The declared full argument list (defaults, OUT arguments) where there is one: it deparses both. */
        private static String arguments(Routine routine) {
            return routine.argumentList() != null ? routine.argumentList() : routine.arguments();
        }

        private static Routine rebuild(Routine routine, Routine temp, Routine withSettings) {
            if (temp == null) {
                return new Routine(routine.name(), routine.arguments(), routine.procedure(), routine.returns(),
                        lower(routine.language()), upper(routine.volatility()), routine.securityDefiner(),
                        routine.settings(), routine.body(), routine.source(), routine.argumentList(), routine.strict(),
                        routine.leakproof(), upper(routine.parallel()), routine.cost(), routine.rows(), routine.grants(),
                        routine.calls(), routine.owner(), routine.comment());
            }
            return new Routine(routine.name(), temp.arguments(), routine.procedure(),
                    routine.returns() == null ? null : temp.returns(), lower(routine.language()),
                    upper(routine.volatility()), routine.securityDefiner(),
                    routine.settings() == null || withSettings == null ? routine.settings() : withSettings.settings(),
                    routine.body(), routine.source(), routine.argumentList() == null ? null : temp.argumentList(),
                    routine.strict(), routine.leakproof(), upper(routine.parallel()), routine.cost(), routine.rows(),
                    routine.grants(), routine.calls(), routine.owner(), routine.comment());
        }

        /**
         * Everything below creates temporary objects. A read-only login or server, or one without the TEMP
         * privilege, would make every fragment fail and keep the contract's raw text: a flood of false
         * drift. Say so once, instead.
         */
        private void probeTemporaryObjects() {
            queries.execute("SAVEPOINT sv_norm_probe");
            try {
                queries.execute("CREATE TEMP TABLE " + PREFIX + "probe (x integer)");
            } catch (dev.schemaverify.model.SchemaVerifyException e) {
                rethrowIfConnectionLost(e);
                throw new dev.schemaverify.model.SchemaVerifyException(dev.schemaverify.model.ErrorCode.CONFIGURATION,
                        "cannot let PostgreSQL deparse the contract on this database: the login cannot create"
                        + " temporary tables here (" + e.getMessage() + "). Grant it TEMP on the database, or"
                        + " give the migrations so the contract is deparsed in a shadow database instead", e);
            } finally {
                queries.execute("ROLLBACK TO SAVEPOINT sv_norm_probe");
                queries.execute("RELEASE SAVEPOINT sv_norm_probe");
            }
        }

        // ---- scopes ------------------------------------------------------------------------------

        /** Runs one chunk under a savepoint that is rolled back, which also drops its locks. */
        private <T> T inChunk(java.util.function.Supplier<T> work) {
            String savepoint = "sv_norm_chunk";
            queries.execute("SAVEPOINT " + savepoint);
            try {
                queries.queryString("SELECT set_config('search_path', ?, true)", parsePath);
                return work.get();
            } finally {
                queries.execute("ROLLBACK TO SAVEPOINT " + savepoint);
                queries.execute("RELEASE SAVEPOINT " + savepoint);
            }
        }

        private void readingBack() {
            queries.execute("SET LOCAL search_path = " + Sessions.DEPARSE_SEARCH_PATH);
        }

        private List<String> tempSchema() {
            String schema = queries.queryString("SELECT nspname::text FROM pg_namespace WHERE oid = pg_my_temp_schema()");
            return schema == null ? List.of() : List.of(schema);
        }

        /**
         * Runs the statements as one batch; if PostgreSQL rejects it, runs each under its own savepoint.
         * Returns the indexes of the statements that succeeded.
         */
        private Set<Integer> run(List<String> candidates) {
            Set<Integer> ok = new LinkedHashSet<>();
            // Contract text is spliced into these statements. One that does not read back as exactly one
            // statement (an E'' string closing early, a stray semicolon) is never sent: its fragment keeps
            // the contract's own text, and nothing else can run on the context database.
            List<String> statements = new java.util.ArrayList<>();
            List<Integer> original = new java.util.ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (SqlFragments.isOneStatement(candidates.get(i))) {
                    statements.add(candidates.get(i));
                    original.add(i);
                }
            }
            if (statements.isEmpty()) {
                return ok;
            }
            String batch = "sv_norm_batch" + (++savepoints);
            queries.execute("SAVEPOINT " + batch);
            try {
                queries.execute(String.join(";\n", statements));
                ok.addAll(original);
                return ok;
            } catch (dev.schemaverify.model.SchemaVerifyException e) {
                rethrowIfConnectionLost(e);
                queries.execute("ROLLBACK TO SAVEPOINT " + batch);
            }
            for (int i = 0; i < statements.size(); i++) {
                queries.execute("SAVEPOINT sv_norm_item");
                try {
                    queries.execute(statements.get(i));
                    queries.execute("RELEASE SAVEPOINT sv_norm_item");
                    ok.add(original.get(i));
                } catch (dev.schemaverify.model.SchemaVerifyException e) {
                    rethrowIfConnectionLost(e);
                    queries.execute("ROLLBACK TO SAVEPOINT sv_norm_item");
                    queries.execute("RELEASE SAVEPOINT sv_norm_item");
                }
            }
            return ok;
        }

        private static void rethrowIfConnectionLost(dev.schemaverify.model.SchemaVerifyException e) {
            if (e.code() == dev.schemaverify.model.ErrorCode.CONNECTION) {
                throw e;
            }
        }

        private static String upper(String text) {
            return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
        }

        private static String lower(String text) {
            return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
        }
    }
}
