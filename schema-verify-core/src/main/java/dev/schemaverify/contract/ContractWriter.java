package dev.schemaverify.contract;

import dev.schemaverify.contract.YamlEmitter.Block;
import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Docs;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.IdentityOptions;
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
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private boolean owners;
    private boolean comments;

    /** A partial contract: it checks what it declares. */
    public String write(Snapshot snapshot) {
        return write(snapshot, false);
    }

    /**
     * With {@code strict}, the contract says {@code strict: true}: verify then also reports what the
     * database has that the contract does not declare. {@code inspect} writes its contracts so, since a
     * migration that adds a table would otherwise pass; removing the line makes the contract partial.
     */
    public String write(Snapshot snapshot, boolean strict) {
        return write(snapshot, strict, false, false);
    }

    /**
     * With {@code owners}, each table's, view's, routine's, sequence's and enum type's owner is written and
     * the contract says {@code compareOwners: true}; with {@code comments}, every comment is written and the
     * contract says {@code compareComments: true}. Both are off by default: owning roles often differ between
     * environments, and a contract full of them is noise where nobody wants them checked.
     */
    public String write(Snapshot snapshot, boolean strict, boolean owners, boolean comments) {
        StringBuilder text = new StringBuilder();
        try {
            write(snapshot, strict, owners, comments, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder throws none
        }
        return text.toString();
    }

    /**
     * As {@link #write(Snapshot, boolean, boolean, boolean)}, handing the text to {@code sink} in pieces as it
     * is made: each table's part of the contract exists only while it is written.
     */
    public void write(Snapshot snapshot, boolean strict, boolean owners, boolean comments, Appendable sink)
            throws IOException {
        this.owners = owners;
        this.comments = comments;
        YamlEmitter out = new YamlEmitter(sink);
        out.comment("schema-verify contract: the schema this project expects.");
        out.comment("Format: " + Docs.url("contract-format.md") + ". Declared properties are checked; left-out ones are not.");
        if (strict) {
            out.comment("strict: true also reports what the database has and this file does not declare;"
                    + " remove it for a partial contract.");
        }
        for (NotVerified object : snapshot.notVerified()) {
            out.comment("not verified by schema-verify: " + object);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("contract", new YamlEmitter.Raw(String.valueOf(ContractReader.VERSION)));
        if (strict) {
            top.put("strict", new YamlEmitter.Raw("true"));
        }
        if (owners) {
            top.put("compareOwners", new YamlEmitter.Raw("true"));
        }
        if (comments) {
            top.put("compareComments", new YamlEmitter.Raw("true"));
        }
        if (!snapshot.extensions().isEmpty()) {
            Block extensions = new Block();
            for (Extension extension : sorted(snapshot.extensions(), Extension::name)) {
                Map<String, Object> map = new LinkedHashMap<>();
                put(map, "schema", extension.schema());
                put(map, "version", extension.version());
                putComment(map, extension.comment());
                extensions.put(extension.name(), map);
            }
            top.put("extensions", extensions);
        }
        Block schemas = schemas(snapshot);
        if (!schemas.isEmpty()) {
            top.put("schemas", schemas);
        }
        try {
            out.map(top);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the sink's own failure, as this method declares it
        }
        out.finish();
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
                putComment(schema, declaration.comment());
                if (declaration.grants() != null && !declaration.grants().isEmpty()) {
                    schema.put("grants", GrantEntries.write(declaration.grants()));
                }
                putSection(schema, "defaultPrivileges", defaultPrivileges(declaration));
            }
            Block enums = new Block();
            for (EnumType type : inSchema(snapshot.enums(), schemaName, EnumType::name)) {
                if (owner(type.owner()) == null && comment(type.comment()) == null) {
                    enums.put(type.name().name(), type.labels());
                } else {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("labels", type.labels());
                    putOwnerAndComment(map, type.owner(), type.comment());
                    enums.put(type.name().name(), map);
                }
            }
            putSection(schema, "enums", enums);
            Block sequences = new Block();
            for (Sequence sequence : inSchema(snapshot.sequences(), schemaName, Sequence::name)) {
                sequences.put(sequence.name().name(), sequence(sequence));
            }
            putSection(schema, "sequences", sequences);
            Block tables = new Block();
            for (Table table : inSchema(snapshot.tables(), schemaName, Table::name)) {
                tables.put(table.name().name(), (YamlEmitter.Later) () -> table(table));
            }
            putSection(schema, "tables", tables);
            Block views = new Block();
            Block materialized = new Block();
            for (View view : inSchema(snapshot.views(), schemaName, View::name)) {
                Map<String, Object> map = new LinkedHashMap<>();
                put(map, "definition", view.definition());
                put(map, "checkOption", view.checkOption());
                putOwnerAndComment(map, view.owner(), view.comment());
                Block indexes = new Block();
                for (Index index : parts(view.indexes())) {
                    indexes.put(index.name(), index(index));
                }
                if (!indexes.isEmpty()) {
                    map.put("indexes", indexes);
                }
                putList(map, "storage", view.storage());
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
                put(map, "arguments", routine.argumentList() == null || routine.argumentList().equals(routine.arguments())
                        ? null : routine.argumentList());
                put(map, "strict", routine.strict());
                put(map, "leakproof", routine.leakproof());
                put(map, "parallel", routine.parallel());
                put(map, "cost", number(routine.cost()));
                put(map, "rows", number(routine.rows()));
                putOwnerAndComment(map, routine.owner(), routine.comment());
                if (routine.grants() != null) {
                    map.put("grants", GrantEntries.write(routine.grants()));
                }
                String key = routine.name().name() + "(" + routine.arguments() + ")";
                (Boolean.TRUE.equals(routine.procedure()) ? procedures : functions).put(key, map);
            }
            putSection(schema, "functions", functions);
            putSection(schema, "procedures", procedures);
            schemas.put(schemaName, schema);
        }
        return schemas;
    }

    private static YamlEmitter.Raw number(String value) {
        return value == null ? null : new YamlEmitter.Raw(value);
    }

    private static Block defaultPrivileges(Schema schema) {
        Block byRole = new Block();
        if (schema.defaultPrivileges() == null) {
            return byRole;
        }
        for (var privilege : schema.defaultPrivileges().stream().sorted(Comparator.comparing(
                (dev.schemaverify.model.DefaultPrivilege d) -> d.role()).thenComparing(d -> d.objects())
                .thenComparing(d -> d.grantee())).toList()) {
            Block kinds = (Block) byRole.computeIfAbsent(privilege.role(), k -> new Block());
            Block grantees = (Block) kinds.computeIfAbsent(privilege.objects(), k -> new Block());
            grantees.put(privilege.grantee(), GrantEntries.write(privilege.privileges(), privilege.grantable()));
        }
        return byRole;
    }

    private Map<String, Object> sequence(Sequence sequence) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "type", sequence.dataType());
        putOptions(map, new IdentityOptions(sequence.start(), sequence.increment(), sequence.minValue(),
                sequence.maxValue(), sequence.cache(), sequence.cycle()));
        // NONE too: an undeclared owner is not compared, so a contract says explicitly that there is none
        put(map, "ownedBy", sequence.ownedBy());
        putOwnerAndComment(map, sequence.owner(), sequence.comment());
        if (sequence.grants() != null && !sequence.grants().isEmpty()) {
            map.put("grants", GrantEntries.write(sequence.grants()));
        }
        return map;
    }

    private Block table(Table table) {
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
        // written only where they differ from what a plain CREATE TABLE gives, which strict mode assumes
        if (Boolean.TRUE.equals(table.unlogged())) {
            map.put("unlogged", true);
        }
        putList(map, "storage", table.storage());
        if (table.replicaIdentity() != null && !table.replicaIdentity().equals("DEFAULT")) {
            map.put("replicaIdentity", table.replicaIdentity());
        }
        putOwnerAndComment(map, table.owner(), table.comment());
        Block columns = new Block();
        for (Column column : table.columns()) {
            columns.put(column.name(), column(column));
        }
        putSection(map, "columns", columns);
        PrimaryKey primaryKey = table.primaryKey();
        if (primaryKey != null) {
            boolean deferrable = Boolean.TRUE.equals(primaryKey.deferrable());
            if (primaryKey.name() == null && !deferrable && comment(primaryKey.comment()) == null) {
                map.put("primaryKey", primaryKey.columns());
            } else {
                Map<String, Object> pk = new LinkedHashMap<>();
                put(pk, "name", primaryKey.name());
                pk.put("columns", primaryKey.columns());
                putDeferrable(pk, primaryKey.deferrable(), primaryKey.initiallyDeferred());
                putComment(pk, primaryKey.comment());
                map.put("primaryKey", pk);
            }
        }
        Block unique = new Block();
        for (UniqueConstraint constraint : parts(table.uniqueConstraints())) {
            if (Boolean.TRUE.equals(constraint.deferrable()) || comment(constraint.comment()) != null) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("columns", constraint.columns());
                putDeferrable(entry, constraint.deferrable(), constraint.initiallyDeferred());
                putComment(entry, constraint.comment());
                unique.put(constraint.name(), entry);
            } else {
                unique.put(constraint.name(), constraint.columns());
            }
        }
        putSection(map, "unique", unique);
        Block foreignKeys = new Block();
        for (ForeignKey foreignKey : parts(table.foreignKeys())) {
            foreignKeys.put(foreignKey.name(), foreignKey(foreignKey, table.name().schema()));
        }
        putSection(map, "foreignKeys", foreignKeys);
        Block checks = new Block();
        for (CheckConstraint check : parts(table.checks())) {
            boolean notValid = Boolean.FALSE.equals(check.valid());
            boolean noInherit = Boolean.TRUE.equals(check.noInherit());
            if (notValid || noInherit || comment(check.comment()) != null) {
                Map<String, Object> entry = new LinkedHashMap<>();
                put(entry, "expression", check.expression());
                if (notValid) {
                    entry.put("valid", false);
                }
                if (noInherit) {
                    entry.put("noInherit", true);
                }
                putComment(entry, check.comment());
                checks.put(check.name(), entry);
            } else {
                checks.put(check.name(), check.expression());
            }
        }
        putSection(map, "checks", checks);
        Block indexes = new Block();
        for (Index index : parts(table.indexes())) {
            indexes.put(index.name(), index(index));
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
            putComment(entry, policy.comment());
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
            put(entry, "arguments", trigger.arguments() == null || trigger.arguments().isEmpty() ? null : trigger.arguments());
            put(entry, "columns", trigger.updateColumns() == null || trigger.updateColumns().isEmpty() ? null
                    : trigger.updateColumns());
            if (Boolean.TRUE.equals(trigger.constraint())) {
                entry.put("constraint", true);
                put(entry, "deferrable", trigger.deferrable());
                put(entry, "initiallyDeferred", trigger.initiallyDeferred());
            }
            putComment(entry, trigger.comment());
            triggers.put(trigger.name(), entry);
        }
        putSection(map, "triggers", triggers);
        Block grants = new Block();
        for (Grant grant : parts(table.grants())) {
            grants.put(grant.grantee(), GrantEntries.write(grant.privileges(), grant.grantable()));
        }
        putSection(map, "grants", grants);
        return map;
    }

    private Map<String, Object> index(Index index) {
        Map<String, Object> entry = new LinkedHashMap<>();
        put(entry, "columns", index.keys());
        put(entry, "unique", index.unique());
        put(entry, "method", index.method());
        put(entry, "include", index.include());
        put(entry, "where", index.predicate());
        putComment(entry, index.comment());
        return entry;
    }

    private static void putDeferrable(Map<String, Object> map, Boolean deferrable, Boolean initiallyDeferred) {
        if (Boolean.TRUE.equals(deferrable)) {
            map.put("deferrable", true);
            put(map, "initiallyDeferred", initiallyDeferred);
        }
    }

    private Object column(Column column) {
        boolean typeOnly = column.type() != null && column.nullable() == null && column.defaultValue() == null
                && column.identity() == null && column.generated() == null && column.collation() == null
                && column.identityOptions() == null && comment(column.comment()) == null;
        if (typeOnly) {
            return column.type();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "type", column.type());
        put(map, "nullable", column.nullable());
        put(map, "default", column.defaultValue());
        put(map, "identity", column.identity());
        put(map, "generated", column.generated());
        put(map, "collation", column.collation());
        IdentityOptions options = column.identityOptions();
        if (options != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            putOptions(o, options);
            put(o, "sequence", options.sequence());
            map.put("identityOptions", o);
        }
        putComment(map, column.comment());
        return map;
    }

    /** A sequence's options, or an identity column's, under the same keys. */
    private static void putOptions(Map<String, Object> map, IdentityOptions options) {
        put(map, "start", options.start());
        put(map, "increment", options.increment());
        put(map, "min", options.minValue());
        put(map, "max", options.maxValue());
        put(map, "cache", options.cache());
        put(map, "cycle", options.cycle());
    }

    private Map<String, Object> foreignKey(ForeignKey foreignKey, String schema) {
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
        if (Boolean.FALSE.equals(foreignKey.valid())) {
            map.put("valid", false);
        }
        putList(map, "onDeleteColumns", foreignKey.onDeleteColumns());
        putComment(map, foreignKey.comment());
        return map;
    }

    /** Same-schema names are written by name alone; both forms read back to the same name. */
    private static String sameSchemaName(QualifiedName name, String schema) {
        return name.schema().equals(schema) ? Identifiers.quote(name.name()) : name.toString();
    }

    /** The owner when owners are written, else {@code null}. */
    private String owner(String owner) {
        return owners ? owner : null;
    }

    /** The comment when comments are written, else {@code null}. */
    private String comment(String comment) {
        return comments ? comment : null;
    }

    private void putOwnerAndComment(Map<String, Object> map, String owner, String comment) {
        put(map, "owner", owner(owner));
        putComment(map, comment);
    }

    private void putComment(Map<String, Object> map, String comment) {
        put(map, "comment", comment(comment));
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** A list written only when it holds something: an empty one is what strict mode assumes. */
    private static void putList(Map<String, Object> map, String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            map.put(key, values);
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
