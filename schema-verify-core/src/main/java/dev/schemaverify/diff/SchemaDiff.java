package dev.schemaverify.diff;

import dev.schemaverify.model.Severity;
import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.SchemaObject;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.TablePart;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares an expected snapshot with an actual one. Pure: no I/O, deterministic order.
 *
 * <p>A {@code null} property on the expected side was not declared and is not compared. Expressions
 * are compared exactly: both sides must already be in the form PostgreSQL deparses them to (the
 * inspector reads them that way, and the contract normalizer puts the contract in that form).
 * Routine bodies are compared without leading and trailing white space, which PostgreSQL keeps
 * verbatim but which carries no meaning.
 */
public final class SchemaDiff {
    private final DiffOptions options;
    private final Set<String> coveredSchemas;
    private final List<Finding> findings = new ArrayList<>();
    private final PrivilegeDiff privileges = new PrivilegeDiff(findings);
    private final Snapshot actual;

    private SchemaDiff(Snapshot expected, Snapshot actual, DiffOptions options) {
        this.options = options;
        this.actual = actual;
        this.coveredSchemas = coveredSchemas(expected);
    }

    /** Every difference, sorted by path. */
    public static List<Finding> diff(Snapshot expected, Snapshot actual, DiffOptions options) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        SchemaDiff diff = new SchemaDiff(expected, actual, options == null ? DiffOptions.partial() : options);
        diff.compareObjects(expected.objects(), actual.objects());
        List<Finding> sorted = new ArrayList<>(diff.findings);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    /**
     * The objects of {@code expected} (by identity) that differ in nothing from their namesakes in {@code actual}
     * under {@code options}: what a contract spells exactly as the database prints it. Deparsing such an object
     * first cannot change its comparison (the same text is the same object, as {@code SameParse} holds), so the
     * verification leaves them as they are and deparses only the rest.
     */
    public static Set<SchemaObject> unchanged(Snapshot expected, Snapshot actual, DiffOptions options) {
        SchemaDiff diff = new SchemaDiff(expected, actual, options == null ? DiffOptions.partial() : options);
        Map<String, SchemaObject> actualByKey = index(actual.objects());
        Set<SchemaObject> same = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SchemaObject want : index(expected.objects()).values()) {
            SchemaObject have = actualByKey.get(key(want));
            if (have != null) {
                int before = diff.findings.size();
                diff.compareObject(want, have);
                if (diff.findings.size() == before) {
                    same.add(want);
                }
            }
        }
        return same;
    }

    /** The schemas an expected snapshot speaks for: declared schemas plus those of declared objects. */
    static Set<String> coveredSchemas(Snapshot expected) {
        Set<String> schemas = new TreeSet<>();
        for (Schema schema : expected.schemas()) {
            schemas.add(schema.name());
        }
        expected.enums().forEach(e -> schemas.add(e.name().schema()));
        expected.sequences().forEach(s -> schemas.add(s.name().schema()));
        expected.tables().forEach(t -> schemas.add(t.name().schema()));
        expected.views().forEach(v -> schemas.add(v.name().schema()));
        expected.routines().forEach(r -> schemas.add(r.name().schema()));
        return schemas;
    }

    private void compareObjects(List<SchemaObject> expected, List<SchemaObject> actual) {
        Map<String, SchemaObject> actualByKey = index(actual);
        Map<String, SchemaObject> expectedByKey = index(expected);
        for (Map.Entry<String, SchemaObject> entry : expectedByKey.entrySet()) {
            SchemaObject want = entry.getValue();
            SchemaObject have = actualByKey.get(entry.getKey());
            if (have == null) {
                findings.add(new Finding.Missing(want.kind(), want.path(), Severity.ERROR, want.source()));
            } else if (want != have) {
                // one object on both sides (snapshots merged from the same earlier inspection, as the rollback
                // check's are: every object it did not read again) is the same in every property
                compareObject(want, have);
            }
        }
        if (options.strict()) {
            for (Map.Entry<String, SchemaObject> entry : actualByKey.entrySet()) {
                SchemaObject have = entry.getValue();
                if (!expectedByKey.containsKey(entry.getKey()) && isCovered(have)) {
                    findings.add(new Finding.Unexpected(have.kind(), have.path(), Severity.ERROR, null));
                }
            }
        }
    }

    private boolean isCovered(SchemaObject object) {
        if (object instanceof Extension || object instanceof Schema) {
            // database-wide in the sense that the inspection already chose which schemas to read
            return true;
        }
        return coveredSchemas.contains(schemaOf(object));
    }

    private static String schemaOf(SchemaObject object) {
        if (object instanceof EnumType e) {
            return e.name().schema();
        } else if (object instanceof Sequence s) {
            return s.name().schema();
        } else if (object instanceof Table t) {
            return t.name().schema();
        } else if (object instanceof View v) {
            return v.name().schema();
        } else if (object instanceof Routine r) {
            return r.name().schema();
        } else if (object instanceof Schema s) {
            return s.name();
        }
        return "";
    }

    /** Keys objects by kind family and name; a view and a materialized view share one family. */
    private static Map<String, SchemaObject> index(List<SchemaObject> objects) {
        Map<String, SchemaObject> byKey = new LinkedHashMap<>();
        for (SchemaObject object : objects) {
            byKey.put(key(object), object);
        }
        return byKey;
    }

    private static String key(SchemaObject object) {
        return (object instanceof View ? "view" : object.kind()) + " " + object.path();
    }

    private void compareObject(SchemaObject want, SchemaObject have) {
        if (want instanceof Extension e && have instanceof Extension a) {
            property(e, "schema", e.schema(), a.schema());
            propertyAt(e.kind(), e.path(), "version", e.version(), a.version(), Severity.WARNING, e.source());
            comment(e, e.comment(), a.comment());
        } else if (want instanceof Schema e && have instanceof Schema a) {
            property(e, "owner", e.owner(), a.owner());
            comment(e, e.comment(), a.comment());
            privileges.grants(e.path(), e.grants(), a.grants(), e.source());
            privileges.defaults(e.name(), e.defaultPrivileges(), a.defaultPrivileges(), e.source());
        } else if (want instanceof EnumType e && have instanceof EnumType a) {
            property(e, "labels", list(e.labels()), list(a.labels()));
            ownerAndComment(e, e.owner(), a.owner(), e.comment(), a.comment());
        } else if (want instanceof Sequence e && have instanceof Sequence a) {
            property(e, "type", e.dataType(), a.dataType());
            property(e, "start", text(e.start()), text(a.start()));
            property(e, "increment", text(e.increment()), text(a.increment()));
            property(e, "min", text(e.minValue()), text(a.minValue()));
            property(e, "max", text(e.maxValue()), text(a.maxValue()));
            property(e, "cache", text(e.cache()), text(a.cache()));
            property(e, "cycle", text(e.cycle()), text(a.cycle()));
            property(e, "ownedBy", e.ownedBy(), a.ownedBy());
            ownerAndComment(e, e.owner(), a.owner(), e.comment(), a.comment());
            privileges.grants(e.path(), e.grants(), a.grants(), e.source());
        } else if (want instanceof View e && have instanceof View a) {
            if (e.materialized() != a.materialized()) {
                propertyAt("view", e.path(), "materialized", text(e.materialized()), text(a.materialized()),
                        Severity.ERROR, e.source());
            }
            property(e, "definition", e.definition(), a.definition());
            ownerAndComment(e, e.owner(), a.owner(), e.comment(), a.comment());
            if (!e.materialized()) {
                property(e, "checkOption", e.checkOption(), a.checkOption());
                if (options.strict()) {
                    absentInStrict(e.kind(), e.path(), "checkOption", e.checkOption(), a.checkOption(), e.source());
                }
            } else if (a.materialized()) {
                property(e, "storage", list(orDefault(e.storage(), List.of(), a.storage())), list(a.storage()));
                compareViewIndexes(e, a);
            }
        } else if (want instanceof Routine e && have instanceof Routine a) {
            compareRoutine(e, a);
        } else if (want instanceof Table e && have instanceof Table a) {
            compareTable(e, a);
        }
    }

    private void compareRoutine(Routine e, Routine a) {
        property(e, "returns", e.returns(), a.returns());
        property(e, "language", e.language(), a.language());
        property(e, "volatility", e.volatility(), a.volatility());
        property(e, "securityDefiner", text(e.securityDefiner()), text(a.securityDefiner()));
        property(e, "settings", list(e.settings()), list(a.settings()));
        String wantBody = e.body() == null ? null : e.body().strip();
        String haveBody = a.body() == null ? null : a.body().strip();
        property(e, "body", wantBody, haveBody);
        // a contract leaves the full list out where it equals the identity arguments (no defaults, no OUT)
        String arguments = e.argumentList() != null ? e.argumentList() : options.strict() ? e.arguments() : null;
        property(e, "arguments", arguments, a.argumentList());
        property(e, "strict", text(e.strict()), text(a.strict()));
        property(e, "leakproof", text(e.leakproof()), text(a.leakproof()));
        property(e, "parallel", e.parallel(), a.parallel());
        property(e, "cost", e.cost(), a.cost());
        property(e, "rows", e.rows(), a.rows());
        ownerAndComment(e, e.owner(), a.owner(), e.comment(), a.comment());
        privileges.grants(e.path(), e.grants(), a.grants(), e.source());
    }

    /** A materialized view's indexes, compared as a table's. */
    private void compareViewIndexes(View e, View a) {
        Map<String, Index> have = new LinkedHashMap<>();
        a.indexes().forEach(index -> have.put(index.name(), index));
        Set<String> declared = new TreeSet<>();
        for (Index want : e.indexes()) {
            declared.add(want.name());
            Index found = have.get(want.name());
            if (found == null) {
                findings.add(new Finding.Missing(want.kind(), e.indexPath(want), Severity.ERROR, want.source()));
            } else {
                comparePart(e.indexPath(want), want, found);
            }
        }
        if (options.strict()) {
            for (Index index : a.indexes()) {
                if (!declared.contains(index.name())) {
                    findings.add(new Finding.Unexpected(index.kind(), e.indexPath(index), Severity.ERROR, e.source()));
                }
            }
        }
    }

    private void compareTable(Table e, Table a) {
        property(e, "rls.enabled", text(e.rlsEnabled()), text(a.rlsEnabled()));
        property(e, "rls.forced", text(e.rlsForced()), text(a.rlsForced()));
        property(e, "unlogged", text(orDefault(e.unlogged(), false, a.unlogged())), text(a.unlogged()));
        property(e, "storage", list(orDefault(e.storage(), List.of(), a.storage())), list(a.storage()));
        property(e, "replicaIdentity", orDefault(e.replicaIdentity(), "DEFAULT", a.replicaIdentity()), a.replicaIdentity());
        ownerAndComment(e, e.owner(), a.owner(), e.comment(), a.comment());
        compareStructure(e, a);
        Map<String, TablePart> haveParts = partsByKey(a);
        Map<String, TablePart> wantParts = partsByKey(e);
        Map<String, Column> inherited = inheritedColumns(a);
        for (Map.Entry<String, TablePart> entry : wantParts.entrySet()) {
            TablePart want = entry.getValue();
            TablePart have = haveParts.getOrDefault(entry.getKey(), inherited.get(entry.getKey()));
            if (have == null) {
                findings.add(new Finding.Missing(want.kind(), e.partPath(want), Severity.ERROR, want.source()));
            } else {
                comparePart(e.partPath(want), want, have);
            }
        }
        if (options.strict()) {
            for (Map.Entry<String, TablePart> entry : haveParts.entrySet()) {
                if (!wantParts.containsKey(entry.getKey())) {
                    TablePart have = entry.getValue();
                    findings.add(new Finding.Unexpected(have.kind(), e.partPath(have), Severity.ERROR, e.source()));
                }
            }
        }
    }

    /**
     * Partitioning and inheritance. An undeclared key, parent or bound is compared only in strict mode,
     * where the table must then be a plain one, as for a column's optional properties.
     */
    private void compareStructure(Table e, Table a) {
        SourceRef at = e.source();
        propertyAt("table", e.path(), "partitionBy", e.partitionBy(), a.partitionBy(), Severity.ERROR, at);
        propertyAt("table", e.path(), "partitionOf", text(e.partitionOf()), text(a.partitionOf()), Severity.ERROR, at);
        if (Objects.equals(e.partitionOf(), a.partitionOf())) {
            propertyAt("table", e.path(), "partitionBound", e.partitionBound(), a.partitionBound(), Severity.ERROR, at);
        }
        if (!e.inherits().isEmpty() || options.strict()) {
            propertyAt("table", e.path(), "inherits", names(e.inherits()), names(a.inherits()), Severity.ERROR, at);
        }
        if (options.strict()) {
            absentInStrict("table", e.path(), "partitionBy", e.partitionBy(), a.partitionBy(), at);
            absentInStrict("table", e.path(), "partitionOf", text(e.partitionOf()), text(a.partitionOf()), at);
        }
    }

    private static String names(List<QualifiedName> names) {
        return list(names.stream().map(Object::toString).toList());
    }

    /**
     * The columns a partition or child has from its parents (the snapshot lists them on the parent only),
     * so that a contract may still declare them on the partition: they are compared with the parent's.
     */
    private Map<String, Column> inheritedColumns(Table table) {
        Map<String, Column> columns = new LinkedHashMap<>();
        List<QualifiedName> pending = new ArrayList<>(table.parents());
        Set<QualifiedName> seen = new TreeSet<>();
        while (!pending.isEmpty()) {
            Table parent = actual.table(pending.remove(0));
            if (parent != null && seen.add(parent.name())) {
                parent.columns().forEach(column -> columns.putIfAbsent("column " + column.name(), column));
                pending.addAll(parent.parents());
            }
        }
        return columns;
    }

    /** Parts keyed by kind and name; the primary key by kind alone, as a table has at most one. */
    private static Map<String, TablePart> partsByKey(Table table) {
        Map<String, TablePart> byKey = new LinkedHashMap<>();
        for (TablePart part : table.parts()) {
            String key = part instanceof PrimaryKey ? "primary key" : part.kind() + " " + part.name();
            byKey.put(key, part);
        }
        return byKey;
    }

    private void comparePart(String path, TablePart want, TablePart have) {
        String kind = want.kind();
        SourceRef at = want.source();
        if (options.comments() && !(want instanceof Grant)) {
            // every part but a grant carries a comment: columns, constraints, indexes, policies, triggers
            propertyAt(kind, path, "comment", want.comment(), have.comment(), Severity.ERROR, at);
            if (options.strict()) {
                absentInStrict(kind, path, "comment", want.comment(), have.comment(), at);
            }
        }
        if (want instanceof Column e && have instanceof Column a) {
            propertyAt(kind, path, "type", e.type(), a.type(), Severity.ERROR, at);
            propertyAt(kind, path, "nullable", text(e.nullable()), text(a.nullable()), Severity.ERROR, at);
            propertyAt(kind, path, "default", e.defaultValue(), a.defaultValue(), Severity.ERROR, at);
            propertyAt(kind, path, "identity", e.identity(), a.identity(), Severity.ERROR, at);
            propertyAt(kind, path, "generated", e.generated(), a.generated(), Severity.ERROR, at);
            propertyAt(kind, path, "collation", e.collation(), a.collation(), Severity.ERROR, at);
            IdentityOptions declared = e.identityOptions();
            IdentityOptions got = a.identityOptions() == null ? new IdentityOptions(null, null, null, null, null, null)
                    : a.identityOptions();
            if (declared != null && a.identity() != null) {
                propertyAt(kind, path, "identity.start", text(declared.start()), text(got.start()), Severity.ERROR, at);
                propertyAt(kind, path, "identity.increment", text(declared.increment()), text(got.increment()),
                        Severity.ERROR, at);
                propertyAt(kind, path, "identity.min", text(declared.minValue()), text(got.minValue()), Severity.ERROR, at);
                propertyAt(kind, path, "identity.max", text(declared.maxValue()), text(got.maxValue()), Severity.ERROR, at);
                propertyAt(kind, path, "identity.cache", text(declared.cache()), text(got.cache()), Severity.ERROR, at);
                propertyAt(kind, path, "identity.cycle", text(declared.cycle()), text(got.cycle()), Severity.ERROR, at);
                propertyAt(kind, path, "identity.sequence", declared.sequence(), got.sequence(), Severity.ERROR, at);
            }
            if (options.strict()) {
                absentInStrict(kind, path, "collation", e.collation(), a.collation(), at);
                absentInStrict(kind, path, "default", e.defaultValue(), a.defaultValue(), at);
                absentInStrict(kind, path, "identity", e.identity(), a.identity(), at);
                absentInStrict(kind, path, "generated", e.generated(), a.generated(), at);
            }
        } else if (want instanceof PrimaryKey e && have instanceof PrimaryKey a) {
            propertyAt(kind, path, "name", e.name(), a.name(), Severity.ERROR, at);
            propertyAt(kind, path, "columns", list(e.columns()), list(a.columns()), Severity.ERROR, at);
            deferrability(kind, path, e.deferrable(), e.initiallyDeferred(), a.deferrable(), a.initiallyDeferred(), at);
        } else if (want instanceof UniqueConstraint e && have instanceof UniqueConstraint a) {
            propertyAt(kind, path, "columns", list(e.columns()), list(a.columns()), Severity.ERROR, at);
            deferrability(kind, path, e.deferrable(), e.initiallyDeferred(), a.deferrable(), a.initiallyDeferred(), at);
        } else if (want instanceof ForeignKey e && have instanceof ForeignKey a) {
            propertyAt(kind, path, "columns", list(e.columns()), list(a.columns()), Severity.ERROR, at);
            propertyAt(kind, path, "references", e.referencedTable().toString(), a.referencedTable().toString(),
                    Severity.ERROR, at);
            propertyAt(kind, path, "referencedColumns", list(e.referencedColumns()), list(a.referencedColumns()),
                    Severity.ERROR, at);
            propertyAt(kind, path, "onDelete", e.onDelete(), a.onDelete(), Severity.ERROR, at);
            propertyAt(kind, path, "onUpdate", e.onUpdate(), a.onUpdate(), Severity.ERROR, at);
            propertyAt(kind, path, "onDeleteColumns", list(orDefault(e.onDeleteColumns(), List.of(), a.onDeleteColumns())),
                    list(a.onDeleteColumns()), Severity.ERROR, at);
            deferrability(kind, path, e.deferrable(), e.initiallyDeferred(), a.deferrable(), a.initiallyDeferred(), at);
            propertyAt(kind, path, "valid", text(orDefault(e.valid(), true, a.valid())), text(a.valid()), Severity.ERROR, at);
        } else if (want instanceof CheckConstraint e && have instanceof CheckConstraint a) {
            propertyAt(kind, path, "expression", e.expression(), a.expression(), Severity.ERROR, at);
            propertyAt(kind, path, "valid", text(orDefault(e.valid(), true, a.valid())), text(a.valid()), Severity.ERROR, at);
            propertyAt(kind, path, "noInherit", text(orDefault(e.noInherit(), false, a.noInherit())), text(a.noInherit()),
                    Severity.ERROR, at);
        } else if (want instanceof Index e && have instanceof Index a) {
            propertyAt(kind, path, "unique", text(e.unique()), text(a.unique()), Severity.ERROR, at);
            propertyAt(kind, path, "method", e.method(), a.method(), Severity.ERROR, at);
            propertyAt(kind, path, "columns", list(e.keys()), list(a.keys()), Severity.ERROR, at);
            propertyAt(kind, path, "include", list(e.include()), list(a.include()), Severity.ERROR, at);
            propertyAt(kind, path, "where", e.predicate(), a.predicate(), Severity.ERROR, at);
            if (options.strict()) {
                absentInStrict(kind, path, "where", e.predicate(), a.predicate(), at);
            }
        } else if (want instanceof Policy e && have instanceof Policy a) {
            propertyAt(kind, path, "permissive", text(e.permissive()), text(a.permissive()), Severity.ERROR, at);
            propertyAt(kind, path, "command", e.command(), a.command(), Severity.ERROR, at);
            propertyAt(kind, path, "roles", list(e.roles()), list(a.roles()), Severity.ERROR, at);
            propertyAt(kind, path, "using", e.using(), a.using(), Severity.ERROR, at);
            propertyAt(kind, path, "withCheck", e.withCheck(), a.withCheck(), Severity.ERROR, at);
            if (options.strict()) {
                absentInStrict(kind, path, "using", e.using(), a.using(), at);
                absentInStrict(kind, path, "withCheck", e.withCheck(), a.withCheck(), at);
            }
        } else if (want instanceof Trigger e && have instanceof Trigger a) {
            propertyAt(kind, path, "timing", e.timing(), a.timing(), Severity.ERROR, at);
            propertyAt(kind, path, "events", list(e.events()), list(a.events()), Severity.ERROR, at);
            propertyAt(kind, path, "level", e.level(), a.level(), Severity.ERROR, at);
            propertyAt(kind, path, "function", e.function(), a.function(), Severity.ERROR, at);
            propertyAt(kind, path, "when", e.when(), a.when(), Severity.ERROR, at);
            // undeclared arguments, UPDATE OF columns and constraint-ness must be absent in strict mode
            boolean strict = options.strict();
            propertyAt(kind, path, "arguments", list(orEmpty(e.arguments(), strict)), list(a.arguments()), Severity.ERROR, at);
            propertyAt(kind, path, "columns", list(orEmpty(e.updateColumns(), strict)), list(a.updateColumns()),
                    Severity.ERROR, at);
            Boolean constraint = e.constraint() != null ? e.constraint() : strict ? Boolean.FALSE : null;
            propertyAt(kind, path, "constraint", text(constraint), text(a.constraint()), Severity.ERROR, at);
            if (Boolean.TRUE.equals(e.constraint())) {
                propertyAt(kind, path, "deferrable", text(e.deferrable()), text(a.deferrable()), Severity.ERROR, at);
                propertyAt(kind, path, "initiallyDeferred", text(e.initiallyDeferred()), text(a.initiallyDeferred()),
                        Severity.ERROR, at);
            }
        } else if (want instanceof Grant e && have instanceof Grant a) {
            privileges.grant(path, e, a, at);
        }
    }

    private void deferrability(String kind, String path, Boolean deferrable, Boolean deferred, Boolean haveDeferrable,
            Boolean haveDeferred, SourceRef at) {
        propertyAt(kind, path, "deferrable", text(orDefault(deferrable, false, haveDeferrable)), text(haveDeferrable), Severity.ERROR, at);
        propertyAt(kind, path, "initiallyDeferred", text(orDefault(deferred, false, haveDeferred)), text(haveDeferred),
                Severity.ERROR, at);
    }

    /**
     * What an undeclared property means: in strict mode the value a plain {@code CREATE} gives (validated,
     * logged, not deferrable, no storage parameters...), so the database must have that too; in partial
     * mode nothing, so it is not compared.
     */
    private <T> T orDefault(T declared, T plainDefault, Object actual) {
        // an actual side that does not know the property either (another contract) is not held to it
        return declared != null || !options.strict() || actual == null ? declared : plainDefault;
    }

    private void property(SchemaObject object, String property, String expected, String actual) {
        propertyAt(object.kind(), object.path(), property, expected, actual, Severity.ERROR, object.source());
    }

    /**
     * The owner, where declared, when owners are switched on; the comment as {@link #comment}. An undeclared
     * owner is not compared even in strict mode: every object has one, and a contract names it or leaves it out.
     */
    private void ownerAndComment(SchemaObject object, String owner, String actualOwner, String comment,
            String actualComment) {
        if (options.owners()) {
            property(object, "owner", owner, actualOwner);
        }
        comment(object, comment, actualComment);
    }

    /** The comment when comments are switched on; in strict mode an undeclared comment must be absent. */
    private void comment(SchemaObject object, String comment, String actualComment) {
        if (options.comments()) {
            property(object, "comment", comment, actualComment);
            if (options.strict()) {
                absentInStrict(object.kind(), object.path(), "comment", comment, actualComment, object.source());
            }
        }
    }

    /** Records a change when the expected value was declared and differs from the actual one. */
    private void propertyAt(String kind, String path, String property, String expected, String actual,
            Severity severity, SourceRef source) {
        if (expected != null && !expected.equals(actual)) {
            findings.add(new Finding.Changed(kind, path, property, expected, actual, severity, source));
        }
    }

    /** In strict mode an undeclared optional property must be absent from the database too. */
    private void absentInStrict(String kind, String path, String property, String expected, String actual,
            SourceRef source) {
        if (expected == null && actual != null) {
            findings.add(new Finding.Changed(kind, path, property, null, actual, Severity.ERROR, source));
        }
    }

    private static List<String> orEmpty(List<String> values, boolean strict) {
        return values == null && strict ? List.of() : values;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String list(List<String> values) {
        return values == null ? null : "[" + String.join(", ", values) + "]";
    }
}
