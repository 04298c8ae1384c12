package dev.schemaverify.contract;

import dev.schemaverify.contract.YamlEmitter.Block;
import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.TablePart;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes a snapshot as a contract YAML meant for people to read and review.
 *
 * <p>Output is deterministic: objects sorted by name (columns keep their table order), keys in a fixed
 * order. A property that is {@code null} is left out, so reading the file back gives the same snapshot;
 * a snapshot inspected from a database, where every property is set, is written in full.
 */
public final class ContractWriter {
    public String write(Snapshot snapshot) {
        YamlEmitter out = new YamlEmitter();
        out.comment("schema-verify contract: the schema this project expects.");
        out.comment("Format: docs/contract-format.md. Declared properties are checked; left-out ones are not.");
        for (NotVerified object : snapshot.notVerified()) {
            out.comment("not verified by schema-verify: " + object);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("contract", new YamlEmitter.Raw(String.valueOf(ContractReader.VERSION)));
        if (!snapshot.extensions().isEmpty()) {
            Block extensions = new Block();
            for (Extension extension : sorted(snapshot.extensions(), Extension::name)) {
                Map<String, Object> map = new LinkedHashMap<>();
                put(map, "schema", extension.schema());
                put(map, "version", extension.version());
                extensions.put(extension.name(), map);
            }
            top.put("extensions", extensions);
        }
        Block schemas = schemas(snapshot);
        if (!schemas.isEmpty()) {
            top.put("schemas", schemas);
        }
        out.map(top);
        return out.text();
    }

    private Block schemas(Snapshot snapshot) {
        Map<String, Schema> declared = new TreeMap<>();
        snapshot.schemas().forEach(schema -> declared.put(schema.name(), schema));
        TreeSet<String> names = new TreeSet<>(declared.keySet());
        snapshot.enums().forEach(o -> names.add(o.name().schema()));
        snapshot.sequences().forEach(o -> names.add(o.name().schema()));
        snapshot.tables().forEach(o -> names.add(o.name().schema()));
        snapshot.views().forEach(o -> names.add(o.name().schema()));
        snapshot.routines().forEach(o -> names.add(o.name().schema()));

        Block schemas = new Block();
        for (String schemaName : names) {
            Block schema = new Block();
            Schema declaration = declared.get(schemaName);
            if (declaration != null) {
                put(schema, "owner", declaration.owner());
            }
            Block enums = new Block();
            for (EnumType type : inSchema(snapshot.enums(), schemaName, EnumType::name)) {
                enums.put(type.name().name(), type.labels());
            }
            putSection(schema, "enums", enums);
            Block sequences = new Block();
            for (Sequence sequence : inSchema(snapshot.sequences(), schemaName, Sequence::name)) {
                sequences.put(sequence.name().name(), sequence(sequence));
            }
            putSection(schema, "sequences", sequences);
            Block tables = new Block();
            for (Table table : inSchema(snapshot.tables(), schemaName, Table::name)) {
                tables.put(table.name().name(), table(table));
            }
            putSection(schema, "tables", tables);
            Block views = new Block();
            Block materialized = new Block();
            for (View view : inSchema(snapshot.views(), schemaName, View::name)) {
                Map<String, Object> map = new LinkedHashMap<>();
                put(map, "definition", view.definition());
                (view.materialized() ? materialized : views).put(view.name().name(), map);
            }
            putSection(schema, "views", views);
            putSection(schema, "materializedViews", materialized);
            Block functions = new Block();
            Block procedures = new Block();
            List<Routine> routines = snapshot.routines().stream()
                    .filter(r -> r.name().schema().equals(schemaName))
                    .sorted(Comparator.comparing((Routine r) -> r.name().name()).thenComparing(Routine::arguments))
                    .toList();
            for (Routine routine : routines) {
                Map<String, Object> map = new LinkedHashMap<>();
                put(map, "returns", routine.returns());
                put(map, "language", routine.language());
                put(map, "volatility", routine.volatility());
                put(map, "securityDefiner", routine.securityDefiner());
                put(map, "settings", routine.settings());
                put(map, "body", routine.body());
                String key = routine.name().name() + "(" + routine.arguments() + ")";
                (Boolean.TRUE.equals(routine.procedure()) ? procedures : functions).put(key, map);
            }
            putSection(schema, "functions", functions);
            putSection(schema, "procedures", procedures);
            schemas.put(schemaName, schema);
        }
        return schemas;
    }

    private static Map<String, Object> sequence(Sequence sequence) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "type", sequence.dataType());
        put(map, "start", sequence.start());
        put(map, "increment", sequence.increment());
        put(map, "min", sequence.minValue());
        put(map, "max", sequence.maxValue());
        put(map, "cache", sequence.cache());
        put(map, "cycle", sequence.cycle());
        return map;
    }

    private static Block table(Table table) {
        Block map = new Block();
        String schema = table.name().schema();
        if (table.partitionOf() != null) {
            map.put("partitionOf", sameSchemaName(table.partitionOf(), schema));
            put(map, "partitionBound", table.partitionBound());
        }
        put(map, "partitionBy", table.partitionBy());
        if (!table.inherits().isEmpty()) {
            map.put("inherits", table.inherits().stream().map(parent -> sameSchemaName(parent, schema)).toList());
        }
        Map<String, Object> rls = new LinkedHashMap<>();
        put(rls, "enabled", table.rlsEnabled());
        put(rls, "forced", table.rlsForced());
        if (!rls.isEmpty()) {
            map.put("rls", rls);
        }
        Block columns = new Block();
        for (Column column : table.columns()) {
            columns.put(column.name(), column(column));
        }
        putSection(map, "columns", columns);
        PrimaryKey primaryKey = table.primaryKey();
        if (primaryKey != null) {
            if (primaryKey.name() == null) {
                map.put("primaryKey", primaryKey.columns());
            } else {
                Map<String, Object> pk = new LinkedHashMap<>();
                pk.put("name", primaryKey.name());
                pk.put("columns", primaryKey.columns());
                map.put("primaryKey", pk);
            }
        }
        Block unique = new Block();
        for (UniqueConstraint constraint : parts(table.uniqueConstraints())) {
            unique.put(constraint.name(), constraint.columns());
        }
        putSection(map, "unique", unique);
        Block foreignKeys = new Block();
        for (ForeignKey foreignKey : parts(table.foreignKeys())) {
            foreignKeys.put(foreignKey.name(), foreignKey(foreignKey, table.name().schema()));
        }
        putSection(map, "foreignKeys", foreignKeys);
        Block checks = new Block();
        for (CheckConstraint check : parts(table.checks())) {
            checks.put(check.name(), check.expression());
        }
        putSection(map, "checks", checks);
        Block indexes = new Block();
        for (Index index : parts(table.indexes())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "columns", index.keys());
            put(entry, "unique", index.unique());
            put(entry, "method", index.method());
            put(entry, "include", index.include());
            put(entry, "where", index.predicate());
            indexes.put(index.name(), entry);
        }
        putSection(map, "indexes", indexes);
        Block policies = new Block();
        for (Policy policy : parts(table.policies())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "command", policy.command());
            put(entry, "permissive", policy.permissive());
            put(entry, "roles", policy.roles());
            put(entry, "using", policy.using());
            put(entry, "withCheck", policy.withCheck());
            policies.put(policy.name(), entry);
        }
        putSection(map, "policies", policies);
        Block triggers = new Block();
        for (Trigger trigger : parts(table.triggers())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "timing", trigger.timing());
            put(entry, "events", trigger.events());
            put(entry, "level", trigger.level());
            put(entry, "function", trigger.function());
            put(entry, "when", trigger.when());
            triggers.put(trigger.name(), entry);
        }
        putSection(map, "triggers", triggers);
        Block grants = new Block();
        for (Grant grant : parts(table.grants())) {
            grants.put(grant.grantee(), grant.privileges());
        }
        putSection(map, "grants", grants);
        return map;
    }

    private static Object column(Column column) {
        boolean typeOnly = column.type() != null && column.nullable() == null && column.defaultValue() == null
                && column.identity() == null && column.generated() == null;
        if (typeOnly) {
            return column.type();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "type", column.type());
        put(map, "nullable", column.nullable());
        put(map, "default", column.defaultValue());
        put(map, "identity", column.identity());
        put(map, "generated", column.generated());
        return map;
    }

    private static Map<String, Object> foreignKey(ForeignKey foreignKey, String schema) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("columns", foreignKey.columns());
        QualifiedName target = foreignKey.referencedTable();
        Map<String, Object> references = new LinkedHashMap<>();
        references.put("table", sameSchemaName(target, schema));
        put(references, "columns", foreignKey.referencedColumns());
        map.put("references", references);
        put(map, "onDelete", foreignKey.onDelete());
        put(map, "onUpdate", foreignKey.onUpdate());
        put(map, "deferrable", foreignKey.deferrable());
        put(map, "initiallyDeferred", foreignKey.initiallyDeferred());
        return map;
    }

    /** Same-schema names are written by name alone; both forms read back to the same name. */
    private static String sameSchemaName(QualifiedName name, String schema) {
        return name.schema().equals(schema) ? Identifiers.quote(name.name()) : name.toString();
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putSection(Map<String, Object> map, String key, Block section) {
        if (!section.isEmpty()) {
            map.put(key, section);
        }
    }

    private static <T extends TablePart> List<T> parts(List<T> parts) {
        return parts.stream().sorted(Comparator.comparing(TablePart::name)).toList();
    }

    private static <T> List<T> sorted(List<T> objects, Function<T, String> name) {
        return objects.stream().sorted(Comparator.comparing(name)).toList();
    }

    private static <T> List<T> inSchema(List<T> objects, String schema, Function<T, QualifiedName> name) {
        return objects.stream()
                .filter(o -> name.apply(o).schema().equals(schema))
                .sorted(Comparator.comparing(o -> name.apply(o).name()))
                .toList();
    }
}
