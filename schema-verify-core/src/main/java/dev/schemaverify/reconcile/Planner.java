package dev.schemaverify.reconcile;

import static dev.schemaverify.reconcile.Sql.id;
import static dev.schemaverify.reconcile.Sql.literal;
import static dev.schemaverify.reconcile.Sql.name;
import static dev.schemaverify.reconcile.Statements.alterTable;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.DefaultPrivilege;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.Index;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Works out the steps of one plan. The diff's findings decide what is done and give each step its
 * reason; the snapshots give the full definitions. Objects that must be dropped and re-created around a
 * change (views, policies, triggers, functions) are collected first and written once at the end, so an
 * object that two changes depend on is re-created once.
 */
final class Planner {
    private static final String OLD_SUFFIX = "__reconcile_old";
    private static final String MANUAL_PREFIX = "-- cannot be generated: ";

    private final Snapshot actual;
    private final Snapshot expected;
    private final ReconcileOptions options;
    private final Map<String, List<Finding>> findings = new HashMap<>();
    private final Map<Phase, List<ReconcileStep>> steps = new EnumMap<>(Phase.class);

    private final Map<QualifiedName, Why> viewDrops = new TreeMap<>();
    private final Map<QualifiedName, Why> viewCreates = new TreeMap<>();
    private final Set<QualifiedName> unexpectedViews = new TreeSet<>();
    private final Map<PartKey, Why> policyDrops = new TreeMap<>();
    private final Map<PartKey, Why> policyCreates = new TreeMap<>();
    private final Set<PartKey> unexpectedPolicies = new TreeSet<>();
    private final Map<PartKey, Why> triggerDrops = new TreeMap<>();
    private final Map<PartKey, Why> triggerCreates = new TreeMap<>();
    private final Map<String, Why> routineRecreates = new TreeMap<>();
    private final Set<String> returnChanges = new TreeSet<>();
    private final Set<String> argumentChanges = new TreeSet<>();
    private final Set<String> freshRoutines = new TreeSet<>();
    private final Map<String, PendingRoutine> routineCreates = new TreeMap<>();
    private final Map<String, Why> earlyDrops = new TreeMap<>();
    private final Map<PartKey, Why> defaultDrops = new TreeMap<>();
    private final Map<PartKey, Why> checkDrops = new TreeMap<>();
    private final Map<PartKey, Why> indexDrops = new TreeMap<>();
    private final Set<QualifiedName> droppedTables = new TreeSet<>();
    /** Columns dropped (or dropped and added again), as {@code table -> column names}. */
    private final Map<QualifiedName, Set<String>> droppedColumns = new TreeMap<>();
    /** Indexes of materialized views to create after the views, keyed by view and index name. */
    private final Map<String, ReconcileStep> viewIndexCreates = new TreeMap<>();
    private final Map<QualifiedName, Why> foreignKeyRebuilds = new TreeMap<>();
    /** Tables whose partitioning changes by hand: their partitions are neither created nor dropped. */
    private final Set<QualifiedName> manualTables = new TreeSet<>();
    /** {@code index path} of the indexes built CONCURRENTLY, after the transaction, with their comments. */
    private final Set<String> concurrentIndexes = new TreeSet<>();

    private final List<Finding> diff;
    /** Tables whose persistence changes, with the finding: ordered by their foreign keys in {@link #persistence()}. */
    private final Map<Table, Finding.Changed> persistence = new LinkedHashMap<>();
    /** {@code kind path} of objects dropped and created again under the same name (an enum with new label order). */
    private final Set<String> recreated = new TreeSet<>();

    Planner(Snapshot actual, Snapshot expected, ReconcileOptions options) {
        this.actual = actual;
        this.expected = expected;
        this.options = options;
        this.diff = SchemaDiff.diff(expected, actual,
                new DiffOptions(options.dropUnexpected(), options.owners(), options.comments()));
        for (Finding finding : diff) {
            findings.computeIfAbsent(finding.objectKind() + " " + finding.path(), k -> new ArrayList<>()).add(finding);
        }
    }

    ReconcilePlan plan() {
        schemas();
        extensions();
        enums();
        sequences();
        routines();
        tables();
        releasedSequences();
        views();
        rebuiltForeignKeys();
        dependents();
        persistence();
        ownersAndComments();
        List<ReconcileStep> all = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            all.addAll(steps.getOrDefault(phase, List.of()));
        }
        return new ReconcilePlan(diff, all);
    }

    /**
     * {@code SET LOGGED} and {@code SET UNLOGGED} in an order PostgreSQL accepts while the foreign keys that
     * stay hold: a permanent table may not reference an unlogged one, so a table turning permanent waits for
     * the tables it references to turn permanent, and one turning unlogged waits for the tables that
     * reference it to turn unlogged. Keys of either side count (those dropped are gone before this phase,
     * those added come after it, so only kept keys matter, and counting more only orders more).
     */
    private void persistence() {
        Map<QualifiedName, Boolean> toUnlogged = new HashMap<>();
        persistence.keySet().forEach(table -> toUnlogged.put(table.name(), Boolean.TRUE.equals(table.unlogged())));
        BiPredicate<QualifiedName, QualifiedName> references = (from, to) -> referencesIn(expected, from, to)
                || referencesIn(actual, from, to);
        List<Table> ordered = Graphs.order(new ArrayList<>(persistence.keySet()), Table::name, (t, other) -> {
            boolean unlogged = toUnlogged.get(t.name());
            if (unlogged != toUnlogged.get(other.name()) || t.name().equals(other.name())) {
                return false;
            }
            return unlogged ? references.test(other.name(), t.name()) : references.test(t.name(), other.name());
        });
        for (Table table : ordered) {
            add(Phase.PERSISTENCE, alterTable(table.name(), Boolean.TRUE.equals(table.unlogged()) ? "SET UNLOGGED"
                    : "SET LOGGED"), persistence.get(table).message(), false,
                    "rewrites the table under an ACCESS EXCLUSIVE lock");
        }
    }

    private static boolean referencesIn(Snapshot snapshot, QualifiedName from, QualifiedName to) {
        Table table = snapshot.table(from);
        return table != null && table.foreignKeys().stream().anyMatch(key -> to.equals(key.referencedTable()));
    }

    /** Owners and comments of what the diff found changed, and of everything the script creates or re-creates. */
    private void ownersAndComments() {
        Set<String> fresh = new TreeSet<>(recreated);
        viewCreates.keySet().forEach(view -> fresh.add("view " + view));
        routineRecreates.keySet().forEach(signature -> fresh.add("function " + signature));
        droppedTables.forEach(table -> fresh.add("table " + table));
        droppedColumns.forEach((table, columns) -> columns.forEach(column -> fresh.add("column " + table + "."
                + Identifiers.quote(column))));
        // A table a person creates by hand (a MANUAL step) does not exist when the script runs: its owner and
        // comments are that step's to set.
        Set<String> byHand = new TreeSet<>();
        manualTables.forEach(table -> byHand.add("table " + table));
        for (String[] step : Annotations.plan(expected, options, findings, fresh, byHand, freshParts(),
                concurrentIndexes)) {
            add(Phase.OWNERS_AND_COMMENTS, step[0], step[1]);
        }
    }

    /** {@code kind path} of the parts dropped and created again around other changes (their comments go with them). */
    private Set<String> freshParts() {
        Set<String> parts = new TreeSet<>();
        policyCreates.keySet().forEach(key -> parts.add("policy " + key.table() + "." + id(key.name())));
        triggerCreates.keySet().forEach(key -> parts.add("trigger " + key.table() + "." + id(key.name())));
        checkDrops.keySet().forEach(key -> parts.add("check constraint " + key.table() + "." + id(key.name())));
        indexDrops.keySet().forEach(key -> parts.add("index " + key.table() + "." + id(key.name())));
        for (Table table : expected.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                if (foreignKeyRebuilds.containsKey(key.referencedTable())) {
                    parts.add(key.kind() + " " + table.partPath(key));
                }
            }
        }
        return parts;
    }

    // ---- findings ----

    /** The findings on one object, without owners and comments: {@link Annotations} plans those on its own. */
    private List<Finding> at(String kind, String path) {
        List<Finding> found = findings.getOrDefault(kind + " " + path, List.of());
        return found.stream().noneMatch(f -> Annotations.handles(f)) ? found
                : found.stream().filter(f -> !Annotations.handles(f)).toList();
    }

    private static Finding of(List<Finding> found, Finding.Kind kind) {
        for (Finding finding : found) {
            if (finding.kind() == kind) {
                return finding;
            }
        }
        return null;
    }

    private static Map<String, Finding.Changed> changes(List<Finding> found) {
        Map<String, Finding.Changed> byProperty = new LinkedHashMap<>();
        for (Finding finding : found) {
            if (finding instanceof Finding.Changed changed) {
                byProperty.put(changed.property(), changed);
            }
        }
        return byProperty;
    }

    private static String reasons(Iterable<? extends Finding> found) {
        List<String> messages = new ArrayList<>();
        for (Finding finding : found) {
            messages.add(finding.message());
        }
        return String.join("; ", messages);
    }

    private void add(Phase phase, String sql, String reason, boolean destructive, String note) {
        steps.computeIfAbsent(phase, p -> new ArrayList<>())
                .add(new ReconcileStep(sql, reason, destructive, phase.transactional(), note));
    }

    private void add(Phase phase, String sql, String reason) {
        add(phase, sql, reason, false, null);
    }

    /** A step the script writes commented out for a person to complete (see {@link ReconcileStep#manual()}). */
    private void addManual(Phase phase, String sql, String reason, String note) {
        steps.computeIfAbsent(phase, p -> new ArrayList<>())
                .add(new ReconcileStep(sql, reason, false, phase.transactional(), note, true));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }

    // ---- schemas, extensions, enums, sequences ----

    private void schemas() {
        for (Schema schema : sorted(expected.schemas(), Comparator.comparing(Schema::name))) {
            List<Finding> found = at("schema", schema.path());
            Schema have = actual.schemas().stream().filter(s -> s.name().equals(schema.name())).findFirst().orElse(null);
            if (of(found, Finding.Kind.MISSING) != null) {
                add(Phase.SCHEMAS, Statements.createSchema(schema), reasons(found));
            } else if (changes(found).containsKey("owner")) {
                add(Phase.SCHEMAS, "ALTER SCHEMA " + id(schema.name()) + " OWNER TO " + id(schema.owner()), reasons(found));
            }
            objectGrants("SCHEMA " + id(schema.name()), schema.path(), schema.grants(),
                    have == null ? List.of() : have.grants(), have == null);
            defaultPrivileges(schema, have);
        }
        for (Schema schema : sorted(actual.schemas(), Comparator.comparing(Schema::name))) {
            Finding unexpected = of(at("schema", schema.path()), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                // The diff does not report the contents of a schema the expected side does not cover at all.
                List<String> contents = new ArrayList<>();
                for (var object : actual.objects()) {
                    if (!(object instanceof Schema) && !(object instanceof Extension)
                            && object.path().startsWith(Identifiers.quote(schema.name()) + ".")) {
                        contents.add(object.kind() + " " + object.path());
                    }
                }
                add(Phase.DROP_SCHEMAS, "DROP SCHEMA IF EXISTS " + id(schema.name()) + (contents.isEmpty() ? "" : " CASCADE"),
                        unexpected.message(), true, contents.isEmpty() ? null
                                : "CASCADE drops what it holds, and what depends on that elsewhere: "
                                        + String.join(", ", contents));
            }
        }
    }

    private void extensions() {
        for (Extension extension : sorted(expected.extensions(), Comparator.comparing(Extension::name))) {
            List<Finding> found = at("extension", extension.path());
            Map<String, Finding.Changed> changed = changes(found);
            if (of(found, Finding.Kind.MISSING) != null) {
                add(Phase.EXTENSIONS, Statements.createExtension(extension), reasons(found), false,
                        extension.schema() == null ? "no schema declared: installed in public" : null);
            }
            if (changed.containsKey("schema")) {
                add(Phase.EXTENSIONS, "ALTER EXTENSION " + id(extension.name()) + " SET SCHEMA "
                        + id(extension.schema()), changed.get("schema").message());
            }
            if (changed.containsKey("version")) {
                add(Phase.EXTENSIONS, "ALTER EXTENSION " + id(extension.name()) + " UPDATE TO "
                        + literal(extension.version()), changed.get("version").message(), false,
                        "needs the update script of that version on the server; a downgrade usually has none");
            }
        }
        for (Extension extension : sorted(actual.extensions(), Comparator.comparing(Extension::name))) {
            Finding unexpected = of(at("extension", extension.path()), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                add(Phase.DROP_EXTENSIONS, "DROP EXTENSION IF EXISTS " + id(extension.name()), unexpected.message(),
                        true, "drops the extension's objects; fails while other objects use them");
            }
        }
    }

    private void enums() {
        for (EnumType type : sorted(expected.enums(), Comparator.comparing(EnumType::name))) {
            List<Finding> found = at("enum", type.path());
            if (of(found, Finding.Kind.MISSING) != null) {
                if (type.labels() == null) {
                    manual(Phase.ENUMS, "enum " + type.path() + " is declared without labels", reasons(found));
                } else {
                    add(Phase.ENUMS, Sql.guarded("NOT " + Sql.typeExists(type.name()), Statements.createEnum(type)),
                            reasons(found));
                }
            } else if (changes(found).containsKey("labels")) {
                EnumType have = enumType(actual, type.name());
                if (isSubsequence(have.labels(), type.labels())) {
                    addEnumValues(type, have, changes(found).get("labels").message());
                } else {
                    recreateEnum(type, have, changes(found).get("labels").message());
                }
            }
        }
        for (EnumType type : sorted(actual.enums(), Comparator.comparing(EnumType::name))) {
            Finding unexpected = of(at("enum", type.path()), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                boolean used = !columnsOfType(type.name()).isEmpty();
                add(Phase.DROP_ENUMS, "DROP TYPE IF EXISTS " + name(type.name()), unexpected.message(), used,
                        used ? "columns use this type: it can be dropped once they are dropped or changed" : null);
            }
        }
    }

    private static EnumType enumType(Snapshot snapshot, QualifiedName name) {
        return snapshot.enums().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static boolean isSubsequence(List<String> have, List<String> want) {
        int i = 0;
        for (String label : want) {
            if (i < have.size() && have.get(i).equals(label)) {
                i++;
            }
        }
        return i == have.size() && new LinkedHashSet<>(want).size() == want.size();
    }

    /** New labels go in at their place with {@code ADD VALUE IF NOT EXISTS ... BEFORE/AFTER}. */
    private void addEnumValues(EnumType type, EnumType have, String reason) {
        List<String> want = type.labels();
        for (int i = 0; i < want.size(); i++) {
            String label = want.get(i);
            if (have.labels().contains(label)) {
                continue;
            }
            String place = i > 0 ? " AFTER " + literal(want.get(i - 1))
                    : want.size() > 1 ? " BEFORE " + literal(want.get(1)) : "";
            add(Phase.ENUM_VALUES, "ALTER TYPE " + name(type.name()) + " ADD VALUE IF NOT EXISTS " + literal(label) + place,
                    reason, false, "runs before the transaction: a value added inside a transaction cannot be used"
                            + " until it commits");
        }
    }

    /**
     * PostgreSQL can neither drop nor reorder enum labels: the type is renamed, created again, every column
     * of it converted through text, and the old type dropped, in one guarded block. Views, policies and
     * functions that depend on those columns or the type are dropped before and re-created after.
     */
    private void recreateEnum(EnumType type, EnumType have, String reason) {
        recreated.add("enum " + type.path());
        QualifiedName old = new QualifiedName(type.name().schema(), truncate(type.name().name() + OLD_SUFFIX));
        List<String> statements = new ArrayList<>();
        // Index predicates and checks that compare with a label hold an operator of the old type: they go
        // before the columns are converted and come back (as the expected schema has them) after.
        List<String> restores = new ArrayList<>();
        List<TableColumn> uses = columnsOfType(type.name());
        // a part the expected side does not declare comes back as it was, unless the plan drops it anyway
        boolean keepUndeclared = !options.dropUnexpected();
        for (Table table : uses.stream().map(TableColumn::table).distinct().toList()) {
            Table want = expected.table(table.name());
            for (Index index : table.indexes()) {
                if (Sql.mentions(index.predicate(), type.name().name())
                        || index.keys().stream().anyMatch(key -> Sql.mentions(key, type.name().name()))) {
                    statements.add(Statements.dropIndex(table.name(), index.name()));
                    Index back = want == null ? index : want.indexes().stream()
                            .filter(i -> i.name().equals(index.name())).findFirst().orElse(keepUndeclared ? index : null);
                    if (back != null && back.keys() != null) {
                        restores.add(Statements.createIndex(table.name(), back, false));
                    }
                }
            }
            for (CheckConstraint check : table.checks()) {
                if (Sql.mentions(check.expression(), type.name().name())) {
                    statements.add(Statements.dropConstraint(table.name(), check.name()));
                    CheckConstraint back = want == null ? check : want.checks().stream()
                            .filter(c -> c.name().equals(check.name())).findFirst().orElse(keepUndeclared ? check : null);
                    if (back != null && back.expression() != null) {
                        restores.add(alterTable(table.name(), "ADD " + Statements.checkClause(back)));
                    }
                }
            }
        }
        statements.add("ALTER TYPE " + name(type.name()) + " RENAME TO " + id(old.name()));
        statements.add(Statements.createEnum(type));
        for (TableColumn use : uses) {
            QualifiedName table = use.table().name();
            Column column = use.column();
            String cast = column.type().endsWith("[]") ? "::text[]::" : "::text::";
            if (column.defaultValue() != null) {
                statements.add(alterTable(table, "ALTER COLUMN " + id(column.name()) + " DROP DEFAULT"));
            }
            statements.add(alterTable(table, "ALTER COLUMN " + id(column.name()) + " TYPE " + column.type()
                    + " USING " + id(column.name()) + cast + column.type()));
            String restored = restoredDefault(table, column);
            if (restored != null) {
                statements.add(alterTable(table, "ALTER COLUMN " + id(column.name()) + " SET DEFAULT " + restored));
            }
            columnChanges(table, column.name(), reason);
        }
        statements.addAll(restores);
        statements.add("DROP TYPE " + name(old));
        for (Routine routine : actual.routines()) {
            if (Sql.mentions(routine.arguments(), type.name().name()) || Sql.mentions(routine.returns(), type.name().name())) {
                routineRecreates.putIfAbsent(routine.signature(), new Why(reason,
                        "its signature uses " + type.path() + ": dropped before the type is re-created and created again"));
            }
        }
        String condition = "(SELECT pg_catalog.array_agg(e.enumlabel::text ORDER BY e.enumsortorder)"
                + " FROM pg_catalog.pg_enum e WHERE e.enumtypid = " + literal(type.name().toString())
                + "::pg_catalog.regtype) IS DISTINCT FROM ARRAY[" + Statements.labels(type.labels()) + "]::text[]";
        List<String> removed = have.labels().stream().filter(l -> !type.labels().contains(l)).toList();
        String note = removed.isEmpty()
                ? "labels reordered: the type is re-created and its columns converted through text"
                : "labels removed (" + String.join(", ", removed) + "): the type is re-created and its columns converted"
                        + " through text; rows still holding a removed label make the conversion fail, update them first";
        add(Phase.ENUMS, Sql.guarded(condition, statements.toArray(String[]::new)), reason, !removed.isEmpty(), note);
    }

    private String restoredDefault(QualifiedName table, Column have) {
        Table want = expected.table(table);
        Column column = want == null ? null : want.column(have.name());
        if (column == null) {
            return have.defaultValue();
        }
        return column.defaultValue();
    }

    private static String truncate(String identifier) {
        return identifier.length() <= 63 ? identifier : identifier.substring(0, 63);
    }

    private record TableColumn(Table table, Column column) {
    }

    private List<TableColumn> columnsOfType(QualifiedName type) {
        List<TableColumn> uses = new ArrayList<>();
        String name = type.toString();
        for (Table table : sorted(actual.tables(), Comparator.comparing(Table::name))) {
            for (Column column : table.columns()) {
                if (name.equals(column.type()) || (name + "[]").equals(column.type())) {
                    uses.add(new TableColumn(table, column));
                }
            }
        }
        return uses;
    }

    /** Grants on a sequence or schema, from what it has ({@code have}: nothing when it is created) to {@code want}. */
    private void objectGrants(String on, String path, List<Grant> want, List<Grant> have, boolean created) {
        if (want == null) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        if (created) {
            reasons.add(path + " is created: its privileges are set as declared");
        }
        for (Finding finding : diff) {
            if (finding.objectKind().equals("grant") && finding.path().startsWith(path + ".")) {
                reasons.add(finding.message());
            }
        }
        if (reasons.isEmpty()) {
            return;
        }
        for (String statement : Privileges.syncAll(on, have == null ? List.of() : have, want)) {
            add(Phase.GRANTS, statement, String.join("; ", reasons));
        }
    }

    private void defaultPrivileges(Schema want, Schema have) {
        if (want.defaultPrivileges() == null) {
            return;
        }
        Map<String, DefaultPrivilege[]> byPath = new TreeMap<>();
        for (DefaultPrivilege privilege : have == null || have.defaultPrivileges() == null ? List.<DefaultPrivilege>of()
                : have.defaultPrivileges()) {
            byPath.computeIfAbsent(privilege.path(want.name()), k -> new DefaultPrivilege[2])[0] = privilege;
        }
        for (DefaultPrivilege privilege : want.defaultPrivileges()) {
            byPath.computeIfAbsent(privilege.path(want.name()), k -> new DefaultPrivilege[2])[1] = privilege;
        }
        for (Map.Entry<String, DefaultPrivilege[]> entry : byPath.entrySet()) {
            List<Finding> found = at("default privilege", entry.getKey());
            if (found.isEmpty()) {
                continue;
            }
            for (String statement : Privileges.defaults(want.name(), entry.getValue()[0], entry.getValue()[1])) {
                add(Phase.DEFAULT_PRIVILEGES, statement, reasons(found), false,
                        "applies to objects the role creates in the schema from now on; existing ones keep their grants");
            }
        }
    }

    private void sequences() {
        for (Sequence sequence : sorted(expected.sequences(), Comparator.comparing(Sequence::name))) {
            List<Finding> found = at("sequence", sequence.path());
            Sequence haveSequence = actual.sequences().stream().filter(s -> s.name().equals(sequence.name())).findFirst()
                    .orElse(null);
            objectGrants("SEQUENCE " + name(sequence.name()), sequence.path(), sequence.grants(),
                    haveSequence == null ? List.of() : haveSequence.grants(), haveSequence == null);
            if (of(found, Finding.Kind.MISSING) != null) {
                add(Phase.SEQUENCES, Statements.createSequence(sequence), reasons(found));
                if (sequence.ownedBy() != null && !sequence.ownedBy().equals("NONE")) {
                    add(Phase.SEQUENCE_OWNERS, "ALTER SEQUENCE " + name(sequence.name()) + " OWNED BY "
                            + sequence.ownedBy(), reasons(found));
                }
                continue;
            }
            Map<String, Finding.Changed> changed = changes(found);
            Finding.Changed owner = changed.remove("ownedBy");
            if (owner != null) {
                add(Phase.SEQUENCE_OWNERS, "ALTER SEQUENCE " + name(sequence.name()) + " OWNED BY "
                        + sequence.ownedBy(), owner.message(), false,
                        sequence.ownedBy().equals("NONE") ? null : "dropping that column or its table drops the sequence too");
            }
            if (changed.isEmpty()) {
                continue;
            }
            Sequence only = new Sequence(sequence.name(),
                    changed.containsKey("type") ? sequence.dataType() : null,
                    changed.containsKey("start") ? sequence.start() : null,
                    changed.containsKey("increment") ? sequence.increment() : null,
                    changed.containsKey("min") ? sequence.minValue() : null,
                    changed.containsKey("max") ? sequence.maxValue() : null,
                    changed.containsKey("cache") ? sequence.cache() : null,
                    changed.containsKey("cycle") ? sequence.cycle() : null,
                    null);
            String alter = "ALTER SEQUENCE " + name(sequence.name()) + Statements.sequenceOptions(only, false);
            boolean bounds = changed.containsKey("min") || changed.containsKey("max") || changed.containsKey("type");
            add(Phase.SEQUENCES, bounds ? Sql.withFallback(alter, alter + " RESTART") : alter,
                    reasons(changed.values()), false, bounds
                            ? "if the current value falls outside the new bounds, the sequence restarts at its start"
                                    + " value; check that no existing key can be handed out again"
                            : changed.containsKey("start") ? "START WITH sets where RESTART begins, not the current value"
                                    : null);
        }
        for (Sequence sequence : sorted(actual.sequences(), Comparator.comparing(Sequence::name))) {
            Finding unexpected = of(at("sequence", sequence.path()), Finding.Kind.UNEXPECTED);
            if (unexpected != null && !replacedByIdentity(sequence)) {
                add(Phase.DROP_SEQUENCES, "DROP SEQUENCE IF EXISTS " + name(sequence.name()), unexpected.message(), true,
                        "loses the sequence's current value");
            }
        }
    }

    /**
     * Whether {@code sequence} is an unexpected serial column's sequence (owned by the column, its default's
     * {@code nextval}) whose column becomes an identity column: it is dropped with the identity's creation,
     * just before it, so that the identity's own sequence takes the name (PostgreSQL names it
     * {@code table_column_seq}, or {@code ..._seq1} while the old one holds that name).
     */
    private boolean replacedByIdentity(Sequence sequence) {
        if (sequence.ownedBy() == null || sequence.ownedBy().equals("NONE")
                || of(at("sequence", sequence.path()), Finding.Kind.UNEXPECTED) == null) {
            return false;
        }
        List<String> owner = Identifiers.splitQualified(sequence.ownedBy());
        QualifiedName table = new QualifiedName(owner.get(0), owner.get(1));
        Table want = expected.table(table);
        Table have = actual.table(table);
        Column wanted = want == null ? null : want.column(owner.get(2));
        Column old = have == null ? null : have.column(owner.get(2));
        return wanted != null && old != null && wanted.identity() != null && old.identity() == null
                && old.defaultValue() != null && Sql.mentions(old.defaultValue(), sequence.name().name());
    }

    /** The serial sequence of {@code column} that its new identity replaces, or {@code null}. */
    private Sequence serialSequence(QualifiedName table, String column) {
        String ownedBy = new QualifiedName(table.schema(), table.name()) + "." + id(column);
        for (Sequence sequence : actual.sequences()) {
            if (ownedBy.equals(sequence.ownedBy()) && replacedByIdentity(sequence)) {
                return sequence;
            }
        }
        return null;
    }

    /**
     * Dropping a column or table drops the sequences it owns: a sequence the expected side keeps is
     * released first ({@code OWNED BY NONE}; the expected owner, if any, is set after the columns exist).
     */
    private void releasedSequences() {
        for (Sequence sequence : sorted(actual.sequences(), Comparator.comparing(Sequence::name))) {
            boolean owned = sequence.ownedBy() != null && !sequence.ownedBy().equals("NONE");
            if (!owned || of(at("sequence", sequence.path()), Finding.Kind.UNEXPECTED) != null
                    || expected.sequences().stream().noneMatch(s -> s.name().equals(sequence.name()))) {
                continue;
            }
            List<String> owner = Identifiers.splitQualified(sequence.ownedBy());
            QualifiedName table = new QualifiedName(owner.get(0), owner.get(1));
            String column = owner.get(2);
            boolean tableDropped = droppedTables.contains(table);
            if (!tableDropped && !droppedColumns.getOrDefault(table, Set.of()).contains(column)) {
                continue;
            }
            String condition = "EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_attribute a"
                    + " ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
                    + " WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = pg_catalog.to_regclass("
                    + literal(sequence.name().toString()) + ") AND d.deptype = 'a' AND d.refobjid = pg_catalog.to_regclass("
                    + literal(table.toString()) + ") AND a.attname = " + literal(column) + ")";
            add(Phase.RELEASE_SEQUENCES, Sql.guarded(condition, "ALTER SEQUENCE " + name(sequence.name()) + " OWNED BY NONE"),
                    "sequence " + sequence.path() + " is kept, but is owned by " + sequence.ownedBy() + ", which is dropped",
                    false, "a sequence goes with the column that owns it: released first, so that it survives the drop");
        }
    }

    // ---- routines ----

    private void routines() {
        Comparator<Routine> order = Comparator.comparing(Routine::signature);
        for (Routine declared : sorted(expected.routines(), order)) {
            List<Finding> found = at(declared.kind(), declared.path());
            if (found.isEmpty()) {
                continue;
            }
            Routine routine = Routines.fill(declared, routine(actual, declared.signature()));
            Map<String, Finding.Changed> changed = changes(found);
            if (of(found, Finding.Kind.MISSING) != null) {
                freshRoutines.add(routine.signature());
                createRoutine(routine, reasons(found), null);
            } else if (changed.containsKey("returns")) {
                returnChanges.add(routine.signature());
                routineRecreates.putIfAbsent(routine.signature(), new Why(changed.get("returns").message(),
                        "the result type cannot be changed by CREATE OR REPLACE: dropped and created again"));
            } else if (changed.containsKey("arguments")) {
                argumentChanges.add(routine.signature());
                routineRecreates.putIfAbsent(routine.signature(), new Why(changed.get("arguments").message(),
                        "CREATE OR REPLACE can neither remove an argument default nor change OUT arguments: dropped"
                                + " and created again"));
            } else {
                createRoutine(routine, reasons(found), null);
            }
        }
        Set<QualifiedName> expectedNames = new TreeSet<>();
        expected.routines().forEach(r -> expectedNames.add(r.name()));
        List<Routine> early = new ArrayList<>();
        List<Routine> late = new ArrayList<>();
        for (Routine routine : sorted(actual.routines(), order)) {
            if (of(at(routine.kind(), routine.path()), Finding.Kind.UNEXPECTED) != null) {
                // Early when a routine of the same name is created (an overload with renamed arguments would
                // clash); late otherwise, once nothing that is kept refers to it any more.
                (expectedNames.contains(routine.name()) ? early : late).add(routine);
            }
        }
        for (Routine routine : early) {
            String reason = of(at(routine.kind(), routine.path()), Finding.Kind.UNEXPECTED).message();
            // what still uses the old signature (a policy calling it, say) goes first and comes back after
            routineDependents(routine, reason);
            earlyDrops.put(routine.signature(), new Why(reason, null));
        }
        // a SQL-standard body that reads a view holds it in pg_depend: such a routine (and what calls it) goes
        // before the views are dropped
        Set<String> readViews = new TreeSet<>();
        List<Routine> calleesFirst = RoutineOrder.calleesFirst(late);
        for (Routine routine : calleesFirst) {
            if (readsView(routine, actual) || calleesFirst.stream().anyMatch(callee
                    -> readViews.contains(callee.signature()) && RoutineOrder.calls(routine, callee))) {
                readViews.add(routine.signature());
            }
        }
        for (Routine routine : Graphs.reversed(calleesFirst)) {
            add(readViews.contains(routine.signature()) ? Phase.DROP_VIEW_ROUTINES : Phase.DROP_LATE_ROUTINES,
                    Statements.dropRoutine(routine), of(at(routine.kind(), routine.path()), Finding.Kind.UNEXPECTED).message());
        }
    }

    private static boolean readsView(Routine routine, Snapshot snapshot) {
        if (!Statements.sqlStandardBody(routine)) {
            return false;
        }
        Set<String> words = RoutineOrder.identifiers(routine.body());
        return snapshot.views().stream().anyMatch(view -> words.contains(view.name().name()));
    }

    private static Routine routine(Snapshot snapshot, String signature) {
        return snapshot.routines().stream().filter(r -> r.signature().equals(signature)).findFirst().orElse(null);
    }

    /** Recorded now, written once every routine to create is known, in call order (see {@link #emitRoutines}). */
    private void createRoutine(Routine routine, String reason, String note) {
        if (!Statements.writable(routine)) {
            manual(Phase.ROUTINES, routine.kind() + " " + routine.signature()
                    + " is declared without its language, result type or body (or is written in C)", reason);
            return;
        }
        routineCreates.putIfAbsent(routine.signature(), new PendingRoutine(routine, reason, note));
    }

    /**
     * Every routine to create, callees first. One that PostgreSQL parses at creation (a SQL-standard body)
     * and calls a routine created after the tables comes after the tables too.
     */
    private void emitRoutines() {
        List<Routine> ordered = RoutineOrder.calleesFirst(
                routineCreates.values().stream().map(PendingRoutine::routine).toList());
        Map<String, Phase> phases = new HashMap<>();
        for (Routine routine : ordered) {
            Phase phase = routinePhase(routine);
            if (Statements.sqlStandardBody(routine)) {
                // no earlier than any routine it calls
                for (Routine callee : ordered) {
                    Phase calleePhase = phases.get(callee.signature());
                    if (calleePhase != null && calleePhase.compareTo(phase) > 0 && RoutineOrder.calls(routine, callee)) {
                        phase = calleePhase;
                    }
                }
            }
            phases.put(routine.signature(), phase);
            PendingRoutine pending = routineCreates.get(routine.signature());
            add(phase, Statements.createRoutine(routine), pending.reason(), false, pending.note());
        }
    }

    /**
     * Grants of the routines that are declared with grants, created, or dropped and created again: a routine
     * PostgreSQL creates can be executed by PUBLIC until that is revoked.
     */
    private void routineGrants() {
        for (Routine want : sorted(expected.routines(), Comparator.comparing(Routine::signature))) {
            Routine have = routine(actual, want.signature());
            boolean fresh = freshRoutines.contains(want.signature()) || routineRecreates.containsKey(want.signature());
            List<Grant> target = want.grants() != null ? want.grants() : fresh && have != null ? have.grants() : null;
            if (target == null || !Statements.writable(Routines.fill(want, have)) && fresh) {
                continue;
            }
            List<Grant> from = fresh ? Routines.defaultGrants() : have == null ? List.of() : have.grants();
            List<String> reasons = new ArrayList<>();
            for (Finding finding : diff) {
                if (finding.objectKind().equals("grant") && finding.path().startsWith(want.path() + ".")) {
                    reasons.add(finding.message());
                }
            }
            String reason = !reasons.isEmpty() ? String.join("; ", reasons)
                    : want.kind() + " " + want.signature() + " is created: its privileges are set as declared";
            for (String statement : Privileges.syncAll(Statements.routineObject(want), from, target)) {
                add(Phase.GRANTS, statement, reason);
            }
        }
    }

    /**
     * Before the tables, unless its signature uses a table's row type or its SQL-standard body reads a table
     * (after the tables) or a view (after the views).
     */
    private Phase routinePhase(Routine routine) {
        if (Statements.sqlStandardBody(routine)) {
            Set<String> words = RoutineOrder.identifiers(routine.body());
            for (View view : expected.views()) {
                if (words.contains(view.name().name())) {
                    return Phase.VIEW_ROUTINES;
                }
            }
            for (Table table : expected.tables()) {
                if (words.contains(table.name().name())) {
                    return Phase.LATE_ROUTINES;
                }
            }
        }
        for (Table table : expected.tables()) {
            if (Sql.mentions(routine.returns(), table.name().name()) || Sql.mentions(routine.arguments(), table.name().name())) {
                return Phase.LATE_ROUTINES;
            }
        }
        return Phase.ROUTINES;
    }

    // ---- tables ----

    private void tables() {
        for (Table table : expected.tables()) {
            if (actual.table(table.name()) != null && changes(at("table", table.path())).containsKey("partitionBy")) {
                manualTables.add(table.name());
            }
        }
        // parents before their partitions and children
        for (Table table : Graphs.order(expected.tables(), Table::name, (t, other) -> t.parents().contains(other.name()))) {
            List<Finding> found = at("table", table.path());
            Table have = actual.table(table.name());
            if (of(found, Finding.Kind.MISSING) != null || have == null) {
                if (of(found, Finding.Kind.MISSING) != null) {
                    QualifiedName waiting = manualAncestor(table, expected);
                    if (waiting != null) {
                        manual(Phase.TABLES, TableStructure.waitsForParent(table.name(), waiting), reasons(found));
                        manualTables.add(table.name());
                    } else {
                        createTable(table, reasons(found));
                    }
                }
            } else {
                compareTable(table, have);
            }
        }
        List<Table> drops = new ArrayList<>();
        for (Table table : sorted(actual.tables(), Comparator.comparing(Table::name))) {
            Finding unexpected = of(at("table", table.path()), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                QualifiedName waiting = manualAncestor(table, actual);
                if (waiting != null) {
                    // dropping it would lose its rows before the person moves them
                    manual(Phase.DROP_TABLES, TableStructure.waitsForParent(table.name(), waiting), unexpected.message());
                    continue;
                }
                drops.add(table);
                droppedTables.add(table.name());
            }
        }
        List<Table> ordered = referencingFirst(drops);
        if (hasCycle(ordered)) {
            // foreign keys in a cycle: one statement drops them all together
            List<String> names = ordered.stream().map(t -> name(t.name())).toList();
            List<String> why = ordered.stream().map(t -> of(at("table", t.path()), Finding.Kind.UNEXPECTED).message()).toList();
            add(Phase.DROP_TABLES, "DROP TABLE IF EXISTS " + String.join(", ", names), String.join("; ", why), true,
                    "loses the tables' rows; their foreign keys form a cycle, so they are dropped in one statement");
            return;
        }
        for (Table table : ordered) {
            add(Phase.DROP_TABLES, "DROP TABLE IF EXISTS " + name(table.name()),
                    of(at("table", table.path()), Finding.Kind.UNEXPECTED).message(), true, "loses the table's rows");
        }
    }

    /** Whether some table comes after a table that references it (the order could not be kept). */
    private static boolean hasCycle(List<Table> dropOrder) {
        for (int i = 0; i < dropOrder.size(); i++) {
            for (int j = i + 1; j < dropOrder.size(); j++) {
                Table later = dropOrder.get(j);
                QualifiedName earlier = dropOrder.get(i).name();
                if (later.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(earlier))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tables that hold foreign keys to other dropped tables, and partitions and children of dropped tables,
     * are dropped before them.
     */
    private static List<Table> referencingFirst(List<Table> tables) {
        return Graphs.reversed(Graphs.order(tables, Table::name, (table, other) -> table.parents().contains(other.name())
                || table.foreignKeys().stream()
                        .anyMatch(fk -> fk.referencedTable().equals(other.name()) && !other.name().equals(table.name()))));
    }

    /** The nearest parent (partition parent or INHERITS parent) of {@code table} whose partitioning is manual. */
    private QualifiedName manualAncestor(Table table, Snapshot snapshot) {
        Set<QualifiedName> seen = new TreeSet<>();
        Table current = table;
        while (current != null && current.partitionOf() != null && seen.add(current.name())) {
            if (manualTables.contains(current.partitionOf())) {
                return current.partitionOf();
            }
            current = snapshot.table(current.partitionOf());
        }
        return null;
    }

    private void createTable(Table table, String reason) {
        QualifiedName name = table.name();
        if (table.columns().stream().anyMatch(c -> c.type() == null)) {
            manual(Phase.TABLES, "table " + table.path() + " declares columns without a type", reason);
            return;
        }
        add(Phase.TABLES, Statements.createTable(table), reason);
        for (CheckConstraint check : table.checks()) {
            if (check.expression() != null && Boolean.FALSE.equals(check.valid())) {
                add(Phase.CONSTRAINTS, Statements.addConstraint(name, check.name(), Statements.checkClause(check)
                        + " NOT VALID"), reason, false, "NOT VALID, as expected: CREATE TABLE would mark it validated");
            }
        }
        for (ForeignKey key : table.foreignKeys()) {
            add(Phase.FOREIGN_KEYS, Statements.addConstraint(name, key.name(), Statements.foreignKeyClause(key)
                    + (Boolean.FALSE.equals(key.valid()) ? " NOT VALID" : "")), reason);
        }
        for (Index index : table.indexes()) {
            createIndex(name, index, reason, false);
        }
        if (table.replicaIdentity() != null && !table.replicaIdentity().equals("DEFAULT")) {
            add(Phase.TABLE_OPTIONS, replicaIdentity(name, table.replicaIdentity()), reason);
        }
        rowSecurity(name, table.rlsEnabled(), table.rlsForced(), reason);
        for (Policy policy : table.policies()) {
            policyCreates.putIfAbsent(new PartKey(name, policy.name()), new Why(reason, null));
        }
        for (Trigger trigger : table.triggers()) {
            triggerCreates.putIfAbsent(new PartKey(name, trigger.name()), new Why(reason, null));
        }
        for (String statement : Privileges.syncAll("TABLE " + name(name), List.of(), table.grants())) {
            add(Phase.GRANTS, statement, reason);
        }
    }

    /** Persistence, storage parameters and replica identity, changed in place. */
    private void tableOptions(Table want, Table have, Map<String, Finding.Changed> changed) {
        QualifiedName table = want.name();
        Finding.Changed unlogged = changed.get("unlogged");
        if (unlogged != null) {
            persistence.put(want, unlogged);
        }
        Finding.Changed storage = changed.get("storage");
        if (storage != null) {
            storage(table, "ALTER TABLE ", want.storage(), have.storage(), storage.message());
        }
        Finding.Changed identity = changed.get("replicaIdentity");
        if (identity != null) {
            add(Phase.TABLE_OPTIONS, replicaIdentity(table, want.replicaIdentity() == null ? "DEFAULT" : want.replicaIdentity()),
                    identity.message());
        }
    }

    /** {@code SET (...)} for parameters to set or change, {@code RESET (...)} for those to remove. */
    private void storage(QualifiedName relation, String alter, List<String> want, List<String> have, String reason) {
        List<String> wanted = want == null ? List.of() : want;
        List<String> set = wanted.stream().filter(o -> have == null || !have.contains(o)).toList();
        Set<String> keys = new TreeSet<>();
        wanted.forEach(o -> keys.add(Statements.storageKey(o)));
        List<String> reset = have == null ? List.of()
                : have.stream().map(Statements::storageKey).filter(k -> !keys.contains(k)).toList();
        if (!set.isEmpty()) {
            add(Phase.TABLE_OPTIONS, alter + name(relation) + " SET (" + Statements.storageOptions(set) + ")", reason);
        }
        if (!reset.isEmpty()) {
            add(Phase.TABLE_OPTIONS, alter + name(relation) + " RESET (" + String.join(", ", reset) + ")", reason);
        }
    }

    private static String replicaIdentity(QualifiedName table, String identity) {
        return alterTable(table, "REPLICA IDENTITY " + (identity.startsWith("INDEX ") ? "USING " + identity : identity));
    }

    private void rowSecurity(QualifiedName table, Boolean enabled, Boolean forced, String reason) {
        if (enabled != null && (enabled || reason.contains("rls.enabled"))) {
            add(Phase.ROW_SECURITY, alterTable(table, (enabled ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY"), reason);
        }
        if (forced != null && (forced || reason.contains("rls.forced"))) {
            add(Phase.ROW_SECURITY, alterTable(table, (forced ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY"), reason);
        }
    }

    private void compareTable(Table want, Table have) {
        QualifiedName table = want.name();
        Map<String, Finding.Changed> tableChanges = changes(at("table", want.path()));
        if (tableChanges.containsKey("rls.enabled")) {
            rowSecurity(table, want.rlsEnabled(), null, tableChanges.get("rls.enabled").message());
        }
        if (tableChanges.containsKey("rls.forced")) {
            rowSecurity(table, null, want.rlsForced(), tableChanges.get("rls.forced").message());
        }
        tableOptions(want, have, tableChanges);
        Parents parents = structure(want, have, tableChanges);
        if (!parents.joining().isEmpty()) {
            // what the table is about to inherit stays: ATTACH and INHERIT make it the parent's
            have = withoutInheritable(have, parents.joining());
        }
        if (!parents.leaving().isEmpty()) {
            // what it inherited becomes its own with DETACH and NO INHERIT: nothing to add
            want = withoutInheritable(want, parents.leaving());
        }
        columns(want, have);
        primaryKey(want, have);
        parts(want, have, Table::uniqueConstraints, (a, b) -> a.columns().equals(b.columns())
                        && declaredEqual(a.deferrable(), b.deferrable()) && declaredEqual(a.initiallyDeferred(), b.initiallyDeferred()),
                (unique, reason) -> addConstraint(table, unique.name(), Statements.uniqueClause(unique), reason,
                        "builds its index under an ACCESS EXCLUSIVE lock; on a busy table CREATE UNIQUE INDEX"
                                + " CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX", false),
                (unique, reason) -> {
                    add(Phase.DROP_CONSTRAINTS, Statements.dropConstraint(table, unique.name()), reason);
                    foreignKeyRebuilds.putIfAbsent(table, new Why(reason, null));
                });
        parts(want, have, Table::checks, (a, b) -> Objects.equals(a.expression(), b.expression())
                        && declaredEqual(a.noInherit(), b.noInherit()) && declaredEqual(a.valid(), b.valid()),
                (check, reason) -> addConstraint(table, check.name(), Statements.checkClause(check), reason, null, true,
                        !Boolean.FALSE.equals(check.valid())),
                (check, reason) -> add(Phase.DROP_CONSTRAINTS, Statements.dropConstraint(table, check.name()), reason),
                (check, found) -> validatedInPlace(table, check.name(), check.valid(), found));
        parts(want, have, Table::foreignKeys, Planner::sameForeignKey,
                (key, reason) -> addConstraint(table, key.name(), Statements.foreignKeyClause(key), reason, null, true,
                        !Boolean.FALSE.equals(key.valid())),
                (key, reason) -> add(Phase.DROP_FOREIGN_KEYS, Statements.dropConstraint(table, key.name()), reason),
                (key, found) -> validatedInPlace(table, key.name(), key.valid(), found));
        parts(want, have, Table::indexes, Planner::sameIndex,
                (index, reason) -> createIndex(table, index, reason, options.concurrentIndexes() && !isPartitioned(table)),
                (index, reason) -> {
                    add(Phase.DROP_INDEXES, Statements.dropIndex(table, index.name()), reason);
                    if (Boolean.TRUE.equals(index.unique())) {
                        // a foreign key may stand on it, and would block the drop
                        foreignKeyRebuilds.putIfAbsent(table, new Why(reason, null));
                    }
                });
        for (Policy policy : want.policies()) {
            List<Finding> found = at("policy", want.partPath(policy));
            if (of(found, Finding.Kind.MISSING) != null) {
                policyCreates.putIfAbsent(new PartKey(table, policy.name()), new Why(reasons(found), null));
            } else if (!found.isEmpty()) {
                PartKey key = new PartKey(table, policy.name());
                policyDrops.putIfAbsent(key, new Why(reasons(found), null));
                policyCreates.putIfAbsent(key, new Why(reasons(found), null));
            }
        }
        for (Policy policy : have.policies()) {
            Finding unexpected = of(at("policy", have.partPath(policy)), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                PartKey key = new PartKey(table, policy.name());
                policyDrops.putIfAbsent(key, new Why(unexpected.message(), null));
                unexpectedPolicies.add(key);
            }
        }
        for (Trigger trigger : want.triggers()) {
            List<Finding> found = at("trigger", want.partPath(trigger));
            if (!found.isEmpty()) {
                triggerCreates.putIfAbsent(new PartKey(table, trigger.name()), new Why(reasons(found), null));
            }
        }
        for (Trigger trigger : have.triggers()) {
            Finding unexpected = of(at("trigger", have.partPath(trigger)), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                add(Phase.DROP_TRIGGERS, Statements.dropTrigger(table, trigger.name()), unexpected.message());
            }
        }
        grants(want, have);
    }

    /**
     * Attaches, detaches, inherits and disinherits; a change PostgreSQL cannot make in place becomes a manual
     * step. Returns the parents the table is about to become a partition or child of (as expected), and
     * those it leaves (as they are).
     */
    private Parents structure(Table want, Table have, Map<String, Finding.Changed> changed) {
        QualifiedName table = want.name();
        List<Table> newParents = new ArrayList<>();
        List<Table> oldParents = new ArrayList<>();
        TableStructure.Change change = TableStructure.partitioning(want, have, changed.keySet());
        String reason = Stream.of("partitionBy", "partitionOf", "partitionBound").map(changed::get)
                .filter(Objects::nonNull).map(Finding::message).findFirst().orElse(null);
        if (change == TableStructure.Change.ATTACH && manualTables.contains(want.partitionOf())) {
            change = TableStructure.Change.MANUAL;
        }
        switch (change) {
            case MANUAL -> manual(Phase.ATTACH, TableStructure.manualReason(want, have), reason);
            case DETACH -> {
                add(Phase.DETACH, TableStructure.detach(have.partitionOf(), table), reason, false,
                        "the partition keeps its rows and becomes a plain table; the parent's columns, indexes and"
                                + " constraints it held become its own");
                leaving(have.partitionOf(), oldParents);
            }
            case ATTACH -> {
                Table parent = expected.table(want.partitionOf());
                if (parent != null) {
                    prepareForParent(table, have, parent, reason);
                    newParents.addAll(lineage(expected, parent.name()));
                }
                add(Phase.ATTACH, TableStructure.attach(want), reason, false, "scans the table to check that every"
                        + " row fits the bound, under an ACCESS EXCLUSIVE lock on it; a CHECK constraint matching the"
                        + " bound, added first, lets PostgreSQL skip the scan");
            }
            default -> {
            }
        }
        Finding.Changed inherits = changed.get("inherits");
        if (inherits != null) {
            for (QualifiedName parent : have.inherits()) {
                if (!want.inherits().contains(parent)) {
                    add(Phase.DETACH, TableStructure.noInherit(table, parent), inherits.message(), false,
                            "the columns and checks it inherited stay, as its own");
                    leaving(parent, oldParents);
                }
            }
            for (QualifiedName parentName : want.inherits()) {
                if (!have.inherits().contains(parentName)) {
                    Table parent = expected.table(parentName);
                    if (parent != null) {
                        prepareForParent(table, have, parent, inherits.message());
                        newParents.add(parent);
                    }
                    add(Phase.ATTACH, TableStructure.inherit(table, parentName), inherits.message(), false,
                            parent == null ? null : TableStructure.keptAsOwn(have, parent));
                }
            }
        }
        return new Parents(newParents, oldParents);
    }

    /** The parent a table leaves, with what it passes down from its own parents. */
    private void leaving(QualifiedName parent, List<Table> into) {
        into.addAll(lineage(actual, parent));
    }

    /** A table and the partitioned tables above it: a partition holds what all of them define. */
    private static List<Table> lineage(Snapshot snapshot, QualifiedName table) {
        List<Table> lineage = new ArrayList<>();
        Set<QualifiedName> seen = new TreeSet<>();
        Table current = snapshot.table(table);
        while (current != null && seen.add(current.name())) {
            lineage.add(current);
            current = current.partitionOf() == null ? null : snapshot.table(current.partitionOf());
        }
        return lineage;
    }

    /** The parents a table joins and leaves in this plan. */
    private record Parents(List<Table> joining, List<Table> leaving) {
    }

    /** ATTACH and INHERIT need the parent's columns and checks on the table first. */
    private void prepareForParent(QualifiedName table, Table have, Table parent, String reason) {
        for (Column column : parent.columns()) {
            if (have.column(column.name()) == null && column.type() != null) {
                add(Phase.COLUMNS, alterTable(table, "ADD COLUMN IF NOT EXISTS " + id(column.name()) + " "
                        + column.type() + (Boolean.FALSE.equals(column.nullable()) ? " NOT NULL" : "")), reason, false,
                        "the parent " + parent.path() + " has this column: the table needs it to become its partition"
                                + " or child");
            }
        }
        for (CheckConstraint check : parent.checks()) {
            if (check.expression() != null && have.checks().stream().noneMatch(c -> c.name().equals(check.name()))) {
                add(Phase.CONSTRAINTS, Statements.addConstraint(table, check.name(), Statements.checkClause(check)),
                        reason, false, "the parent " + parent.path() + " has this check: the table needs it to become"
                                + " its partition or child");
            }
        }
    }

    /**
     * {@code have} without the parts the new parents have too: after ATTACH or INHERIT they are the
     * parent's (PostgreSQL merges them), so they are neither dropped nor reported.
     */
    private static Table withoutInheritable(Table have, List<Table> parents) {
        java.util.function.Predicate<TablePart> inherited = part -> parents.stream().anyMatch(parent -> {
            if (part instanceof Column c) {
                return parent.column(c.name()) != null;
            } else if (part instanceof PrimaryKey k) {
                return parent.primaryKey() != null && Objects.equals(parent.primaryKey().columns(), k.columns());
            } else if (part instanceof UniqueConstraint u) {
                return parent.uniqueConstraints().stream().anyMatch(p -> p.columns().equals(u.columns()));
            } else if (part instanceof CheckConstraint c) {
                return parent.checks().stream().anyMatch(p -> p.name().equals(c.name()));
            } else if (part instanceof ForeignKey f) {
                return parent.foreignKeys().stream().anyMatch(p -> sameForeignKey(p, f));
            } else if (part instanceof Index i) {
                return parent.indexes().stream().anyMatch(p -> sameIndex(p, i));
            }
            return false;
        });
        return have.withParts(
                have.columns().stream().filter(c -> !inherited.test(c)).toList(),
                have.primaryKey() != null && inherited.test(have.primaryKey()) ? null : have.primaryKey(),
                have.uniqueConstraints().stream().filter(c -> !inherited.test(c)).toList(),
                have.foreignKeys().stream().filter(c -> !inherited.test(c)).toList(),
                have.checks().stream().filter(c -> !inherited.test(c)).toList(),
                have.indexes().stream().filter(c -> !inherited.test(c)).toList(),
                have.policies(), have.triggers());
    }

    /** A constraint whose only difference is that it is not validated yet: {@code VALIDATE CONSTRAINT}. */
    private boolean validatedInPlace(QualifiedName table, String name, Boolean valid, List<Finding> found) {
        Map<String, Finding.Changed> changed = changes(found);
        if (changed.size() != 1 || !changed.containsKey("valid") || Boolean.FALSE.equals(valid)) {
            return false;
        }
        add(Phase.VALIDATE, alterTable(table, "VALIDATE CONSTRAINT " + id(name)), reasons(found), false,
                "scans the table under a SHARE UPDATE EXCLUSIVE lock; fails if existing rows break the constraint");
        return true;
    }

    private static boolean declaredEqual(Object want, Object have) {
        return want == null || want.equals(have);
    }

    private void addConstraint(QualifiedName table, String name, String clause, String reason, String note,
            boolean notValid) {
        addConstraint(table, name, clause, reason, note, notValid, true);
    }

    /** With {@code validate} false the constraint stays NOT VALID, as the expected schema has it. */
    private void addConstraint(QualifiedName table, String name, String clause, String reason, String note,
            boolean notValid, boolean validate) {
        if (notValid && !validate) {
            add(phaseOf(clause), Statements.addConstraint(table, name, clause + " NOT VALID"), reason, false,
                    "NOT VALID, as expected: existing rows are not checked");
        } else if (notValid && phaseOf(clause) == Phase.FOREIGN_KEYS && isPartitioned(table)) {
            add(Phase.FOREIGN_KEYS, Statements.addConstraint(table, name, clause), reason, false,
                    "PostgreSQL cannot add a foreign key NOT VALID on a partitioned table: it is added and checked in"
                            + " one step, scanning every partition");
        } else if (notValid) {
            add(phaseOf(clause), Statements.addConstraint(table, name, clause + " NOT VALID"),
                    reason, false, "added NOT VALID, then validated in a separate step: the validation scan takes only"
                            + " a SHARE UPDATE EXCLUSIVE lock; on a busy table run it in its own transaction");
            add(Phase.VALIDATE, alterTable(table, "VALIDATE CONSTRAINT " + id(name)), reason);
        } else {
            add(phaseOf(clause), Statements.addConstraint(table, name, clause), reason, false, note);
        }
    }

    private boolean isPartitioned(QualifiedName table) {
        Table want = expected.table(table);
        Table have = actual.table(table);
        return want != null && want.partitioned() || have != null && have.partitioned();
    }

    private static Phase phaseOf(String clause) {
        return clause.contains(" FOREIGN KEY (") ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS;
    }

    private void createIndex(QualifiedName table, Index index, String reason, boolean concurrently) {
        if (index.keys() == null) {
            manual(Phase.INDEXES, "index " + index.name() + " is declared without its columns", reason);
            return;
        }
        if (Boolean.TRUE.equals(index.unique()) && index.predicate() == null && referenced(table)) {
            add(Phase.UNIQUE_INDEXES, Statements.createIndex(table, index, false), reason, false,
                    "before the foreign keys, which may reference it; not concurrently, for the same reason");
            return;
        }
        if (concurrently) {
            add(Phase.CONCURRENT_INDEXES, Statements.createIndex(table, index, true), reason, false,
                    "CONCURRENTLY: outside the transaction, without blocking writes; if it fails it leaves an INVALID"
                            + " index: drop it and run again");
            String path = index.kind() + " " + table + "." + id(index.name());
            concurrentIndexes.add(path);
            if (options.comments() && index.comment() != null) {
                add(Phase.CONCURRENT_INDEXES, "COMMENT ON " + Annotations.partTarget(table, index) + " IS "
                        + literal(index.comment()), path + " is created by this script: its comment");
            }
        } else {
            add(Phase.INDEXES, Statements.createIndex(table, index, false), reason, false,
                    options.concurrentIndexes() ? null
                            : "blocks writes to the table while it builds; set concurrentIndexes to build it"
                                    + " CONCURRENTLY outside the transaction");
        }
    }

    /**
     * Missing, changed and unexpected parts of one kind. A missing part and an unexpected one with the same
     * definition are a rename; a changed part is dropped and added again.
     */
    private <T extends TablePart> void parts(Table want, Table have, Function<Table, List<T>> list,
            BiPredicate<T, T> sameDefinition, BiConsumerWithReason<T> create, BiConsumerWithReason<T> drop) {
        parts(want, have, list, sameDefinition, create, drop, (part, found) -> false);
    }

    /** As above; {@code inPlace} handles a changed part without dropping it when it can (and says so). */
    private <T extends TablePart> void parts(Table want, Table have, Function<Table, List<T>> list,
            BiPredicate<T, T> sameDefinition, BiConsumerWithReason<T> create, BiConsumerWithReason<T> drop,
            BiPredicate<T, List<Finding>> inPlace) {
        List<T> missing = new ArrayList<>();
        for (T part : list.apply(want)) {
            List<Finding> found = at(part.kind(), want.partPath(part));
            if (of(found, Finding.Kind.MISSING) != null) {
                missing.add(part);
            } else if (!found.isEmpty() && !inPlace.test(part, found)) {
                T old = list.apply(have).stream().filter(p -> p.name().equals(part.name())).findFirst().orElseThrow();
                drop.accept(old, reasons(found));
                create.accept(part, reasons(found));
            }
        }
        List<T> unexpected = new ArrayList<>();
        for (T part : list.apply(have)) {
            if (of(at(part.kind(), have.partPath(part)), Finding.Kind.UNEXPECTED) != null) {
                unexpected.add(part);
            }
        }
        for (T part : missing) {
            String reason = of(at(part.kind(), want.partPath(part)), Finding.Kind.MISSING).message();
            T renamed = unexpected.stream().filter(old -> sameDefinition.test(part, old)).findFirst().orElse(null);
            if (renamed != null) {
                unexpected.remove(renamed);
                String why = reason + "; " + of(at(renamed.kind(), have.partPath(renamed)), Finding.Kind.UNEXPECTED).message();
                rename(want.name(), renamed, part, why);
            } else {
                create.accept(part, reason);
            }
        }
        for (T part : unexpected) {
            drop.accept(part, of(at(part.kind(), have.partPath(part)), Finding.Kind.UNEXPECTED).message());
        }
    }

    @FunctionalInterface
    private interface BiConsumerWithReason<T> {
        void accept(T part, String reason);
    }

    private void rename(QualifiedName table, TablePart from, TablePart to, String reason) {
        String note = "same definition under another name: renamed rather than dropped and created again";
        if (from instanceof Index) {
            add(Phase.RENAMES, "ALTER INDEX IF EXISTS " + name(new QualifiedName(table.schema(), from.name()))
                    + " RENAME TO " + id(to.name()), reason, false, note);
        } else {
            add(Phase.RENAMES, Statements.renameConstraint(table, from.name(), to.name()), reason, false, note);
        }
    }

    private static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && Objects.equals(a.referencedColumns(), b.referencedColumns()) && Objects.equals(a.onDelete(), b.onDelete())
                && Objects.equals(a.onUpdate(), b.onUpdate()) && Objects.equals(a.deferrable(), b.deferrable())
                && Objects.equals(a.initiallyDeferred(), b.initiallyDeferred())
                && declaredEqual(a.onDeleteColumns(), b.onDeleteColumns()) && declaredEqual(a.valid(), b.valid());
    }

    private static boolean sameIndex(Index a, Index b) {
        return Objects.equals(a.unique(), b.unique()) && Objects.equals(a.method(), b.method())
                && Objects.equals(a.keys(), b.keys()) && Objects.equals(a.include(), b.include())
                && Objects.equals(a.predicate(), b.predicate());
    }

    private void primaryKey(Table want, Table have) {
        QualifiedName table = want.name();
        List<Finding> found = at("primary key", want.path());
        Finding missing = of(found, Finding.Kind.MISSING);
        Finding unexpected = of(found, Finding.Kind.UNEXPECTED);
        Map<String, Finding.Changed> changed = changes(found);
        String note = "builds its index under an ACCESS EXCLUSIVE lock; on a busy table CREATE UNIQUE INDEX"
                + " CONCURRENTLY first, then ADD PRIMARY KEY USING INDEX";
        if (missing != null && want.primaryKey() == null) {
            return; // the table keeps the key it had from the parent it leaves
        }
        if (missing != null) {
            add(Phase.CONSTRAINTS, Sql.guarded("NOT " + Sql.primaryKeyExists(table),
                    alterTable(table, "ADD " + Statements.primaryKeyClause(want.primaryKey()))), missing.message(), false, note);
        } else if (changed.size() == 1 && changed.containsKey("name")) {
            add(Phase.RENAMES, Statements.renameConstraint(table, have.primaryKey().name(), want.primaryKey().name()),
                    reasons(found), false, "same columns under another name: renamed");
        } else if (!changed.isEmpty()) {
            add(Phase.DROP_CONSTRAINTS, Statements.dropConstraint(table, have.primaryKey().name()), reasons(found));
            add(Phase.CONSTRAINTS, Sql.guarded("NOT " + Sql.primaryKeyExists(table),
                    alterTable(table, "ADD " + Statements.primaryKeyClause(want.primaryKey()))), reasons(found), false, note);
            foreignKeyRebuilds.putIfAbsent(table, new Why(reasons(found), null));
        } else if (unexpected != null && have.primaryKey() != null) {
            add(Phase.DROP_CONSTRAINTS, Statements.dropConstraint(table, have.primaryKey().name()), unexpected.message());
            foreignKeyRebuilds.putIfAbsent(table, new Why(unexpected.message(), null));
        }
    }

    /**
     * Foreign keys referencing a table whose primary key or unique constraint is dropped would block the
     * drop: they are dropped first and added again from the expected schema.
     */
    private void rebuiltForeignKeys() {
        for (Map.Entry<QualifiedName, Why> entry : foreignKeyRebuilds.entrySet()) {
            String note = "references " + entry.getKey() + ", whose key is dropped and added again";
            for (Table table : sorted(actual.tables(), Comparator.comparing(Table::name))) {
                for (ForeignKey key : table.foreignKeys()) {
                    if (key.referencedTable().equals(entry.getKey()) && !droppedTables.contains(table.name())) {
                        add(Phase.DROP_FOREIGN_KEYS, Statements.dropConstraint(table.name(), key.name()),
                                entry.getValue().reason(), false, note);
                    }
                }
            }
            for (Table table : sorted(expected.tables(), Comparator.comparing(Table::name))) {
                for (ForeignKey key : table.foreignKeys()) {
                    if (key.referencedTable().equals(entry.getKey()) && actual.table(table.name()) != null) {
                        add(Phase.FOREIGN_KEYS, Statements.addConstraint(table.name(), key.name(),
                                Statements.foreignKeyClause(key)), entry.getValue().reason(), false, note);
                    }
                }
            }
        }
    }

    private void grants(Table want, Table have) {
        QualifiedName table = want.name();
        for (Grant grant : want.grants()) {
            List<Finding> found = at("grant", want.partPath(grant));
            if (found.isEmpty()) {
                continue;
            }
            Grant old = Privileges.find(have.grants(), grant.grantee());
            for (String statement : Privileges.sync("TABLE " + name(table), grant.grantee(), old, grant)) {
                add(Phase.GRANTS, statement, reasons(found));
            }
        }
        for (Grant grant : have.grants()) {
            Finding unexpected = of(at("grant", have.partPath(grant)), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                add(Phase.GRANTS, "REVOKE ALL ON TABLE " + name(table) + " FROM " + Sql.role(grant.grantee()),
                        unexpected.message());
            }
        }
    }

    // ---- columns ----

    private void columns(Table want, Table have) {
        QualifiedName table = want.name();
        for (Column column : want.columns()) {
            List<Finding> found = at("column", want.partPath(column));
            if (of(found, Finding.Kind.MISSING) != null) {
                if (column.type() == null) {
                    manual(Phase.COLUMNS, "column " + want.partPath(column) + " is declared without a type", reasons(found));
                    continue;
                }
                boolean strictNotNull = Boolean.FALSE.equals(column.nullable()) && column.defaultValue() == null
                        && column.identity() == null && column.generated() == null;
                add(Phase.COLUMNS, alterTable(table, "ADD COLUMN IF NOT EXISTS " + Statements.columnDefinition(column)),
                        reasons(found), false, strictNotNull
                                ? "NOT NULL without a default fails on a table with rows: add it nullable, fill it,"
                                        + " then SET NOT NULL"
                                : null);
            } else if (!found.isEmpty() && have.column(column.name()) == null) {
                // the diff compared it with the parent's column: only the parent can change it
                manual(Phase.COLUMNS, "column " + want.partPath(column) + " is inherited from " + have.parents()
                        + " and can only be changed there", reasons(found));
            } else if (!found.isEmpty()) {
                alterColumn(want, column, have.column(column.name()), changes(found));
            }
        }
        for (Column column : have.columns()) {
            Finding unexpected = of(at("column", have.partPath(column)), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                add(Phase.DROP_COLUMNS, alterTable(table, "DROP COLUMN IF EXISTS " + id(column.name())),
                        unexpected.message(), true, "loses the column's data");
                droppedColumns.computeIfAbsent(table, k -> new TreeSet<>()).add(column.name());
            }
        }
    }

    private void alterColumn(Table want, Column column, Column old, Map<String, Finding.Changed> changed) {
        QualifiedName table = want.name();
        String col = id(column.name());
        Finding.Changed type = changed.get("type");
        Finding.Changed nullable = changed.get("nullable");
        Finding.Changed defaultValue = changed.get("default");
        Finding.Changed identity = changed.get("identity");
        Finding.Changed generated = changed.get("generated");
        if (generated != null) {
            if (column.generated() == null) {
                add(Phase.COLUMNS, alterTable(table, "ALTER COLUMN " + col + " DROP EXPRESSION IF EXISTS"),
                        generated.message(), false, "keeps the computed values as plain data");
            } else {
                regenerateColumn(want, column, old, generated);
                return;
            }
        }
        Finding.Changed collation = changed.get("collation");
        if (type != null && old.type() != null && !isEnum(column.type()) && !isEnum(old.type())
                && !Casts.convertible(old.type(), column.type())) {
            manualTypeChange(want, column, old, type, defaultValue, collation);
            if (nullable != null) {
                setNullable(table, column, nullable);
            }
            return;
        }
        boolean identityAdded = identity != null && column.identity() != null && old.identity() == null;
        boolean defaultDropped = false;
        if (defaultValue != null && column.defaultValue() == null) {
            add(Phase.COLUMNS, dropDefault(table, column.name()), defaultValue.message());
            defaultDropped = true;
        } else if ((type != null || identityAdded) && old.defaultValue() != null) {
            Finding.Changed cause = type != null ? type : identity;
            add(Phase.COLUMNS, dropDefault(table, column.name()), cause.message(), false,
                    "the default is dropped for the change and set again after it");
            defaultDropped = true;
        }
        if (identity != null && column.identity() == null) {
            // with the drops: the identity's sequence may have the name of a serial sequence created later
            add(Phase.DROP_COLUMNS, alterTable(table, "ALTER COLUMN " + col + " DROP IDENTITY IF EXISTS"), identity.message());
        }
        String collate = collation != null || column.collation() != null ? Statements.collateClause(column.collation()) : "";
        if (type != null) {
            String cast = isEnum(column.type()) || isEnum(old.type()) ? "::text::" : "::";
            add(Phase.COLUMNS, Sql.guarded(Sql.columnType(table, column.name()) + " IS DISTINCT FROM " + literal(column.type()),
                    alterTable(table, "ALTER COLUMN " + col + " TYPE " + column.type() + collate + " USING " + col + cast
                            + column.type())),
                    type.message(), false, "rewrites the table under an ACCESS EXCLUSIVE lock; values the cast cannot"
                            + " convert make it fail and the transaction roll back");
            columnChanges(table, column.name(), type.message());
        } else if (collation != null) {
            add(Phase.COLUMNS, alterTable(table, "ALTER COLUMN " + col + " TYPE " + old.type() + collate),
                    collation.message(), false, "rebuilds the indexes on the column under an ACCESS EXCLUSIVE lock");
            columnChanges(table, column.name(), collation.message());
        }
        if (nullable != null) {
            setNullable(table, column, nullable);
        }
        // an undeclared default (no finding) is the one the column had before the change
        String restored = defaultValue != null ? column.defaultValue() : old.defaultValue();
        if (restored != null && (defaultValue != null || defaultDropped) && !identityAdded) {
            Finding.Changed cause = defaultValue != null ? defaultValue : type != null ? type : identity;
            add(Phase.COLUMNS, alterTable(table, "ALTER COLUMN " + col + " SET DEFAULT " + restored), cause.message());
        }
        if (identity != null && column.identity() != null) {
            if (old.identity() == null) {
                Sequence serial = serialSequence(table, column.name());
                String add = alterTable(table, "ALTER COLUMN " + col + " ADD " + Statements.identityClause(column));
                String note = "the identity starts at 1: on a table with rows, move it past the existing values with"
                        + " ALTER COLUMN ... RESTART WITH";
                add(Phase.COLUMNS, Sql.guarded(Sql.column(table, column.name(), "a.attidentity = ''"), serial == null
                        ? new String[] {add} : new String[] {"DROP SEQUENCE IF EXISTS " + name(serial.name()), add}),
                        serial == null ? identity.message() : identity.message() + "; " + of(at("sequence",
                                serial.path()), Finding.Kind.UNEXPECTED).message(), false, serial == null ? note
                                : "the serial column's sequence "
                                + serial.path() + " is dropped first (with its current value), so that the identity's"
                                + " sequence takes its name; " + note);
            } else {
                add(Phase.COLUMNS, alterTable(table, "ALTER COLUMN " + col + " SET GENERATED " + column.identity()),
                        identity.message());
            }
        }
        if (!identityAdded && column.identityOptions() != null) {
            identityOptions(table, column, changed);
        }
    }

    /** The identity's sequence options that differ, as {@code ALTER COLUMN ... SET ...} clauses. */
    private void identityOptions(QualifiedName table, Column column, Map<String, Finding.Changed> changed) {
        IdentityOptions want = column.identityOptions();
        Finding.Changed renamed = changed.get("identity.sequence");
        if (renamed != null && want.sequence() != null) {
            String current = "pg_catalog.pg_get_serial_sequence(" + literal(table.toString()) + ", "
                    + literal(column.name()) + ")";
            add(Phase.COLUMNS, Sql.guarded(current + " IS DISTINCT FROM " + literal(new QualifiedName(table.schema(),
                    want.sequence()).toString()), "EXECUTE pg_catalog.format('ALTER SEQUENCE %s RENAME TO %I', " + current
                    + ", " + literal(want.sequence()) + ")"), renamed.message(), false,
                    "the identity's sequence keeps its values; only its name changes");
        }
        IdentityOptions only = new IdentityOptions(
                changed.containsKey("identity.start") ? want.start() : null,
                changed.containsKey("identity.increment") ? want.increment() : null,
                changed.containsKey("identity.min") ? want.minValue() : null,
                changed.containsKey("identity.max") ? want.maxValue() : null,
                changed.containsKey("identity.cache") ? want.cache() : null,
                changed.containsKey("identity.cycle") ? want.cycle() : null);
        List<String> clauses = Statements.optionList(only, "SET ");
        if (clauses.isEmpty()) {
            return;
        }
        List<Finding.Changed> why = changed.entrySet().stream().filter(e -> e.getKey().startsWith("identity.")
                && !e.getKey().equals("identity.sequence")).map(Map.Entry::getValue).toList();
        String alter = alterTable(table, "ALTER COLUMN " + id(column.name()) + String.join("", clauses));
        boolean bounds = changed.containsKey("identity.min") || changed.containsKey("identity.max");
        add(Phase.COLUMNS, bounds ? Sql.withFallback(alter, alter + " RESTART") : alter, reasons(why), false, bounds
                ? "if the current value falls outside the new bounds, the identity restarts at its start value; check"
                        + " that no existing key can be handed out again"
                : changed.containsKey("identity.start") ? "START WITH sets where RESTART begins, not the next value" : null);
    }

    private void setNullable(QualifiedName table, Column column, Finding.Changed nullable) {
        String col = id(column.name());
        boolean notNull = Boolean.FALSE.equals(column.nullable());
        add(Phase.COLUMNS, alterTable(table, "ALTER COLUMN " + col + (notNull ? " SET NOT NULL" : " DROP NOT NULL")),
                nullable.message(), false, notNull
                        ? "scans the table under an ACCESS EXCLUSIVE lock and fails on NULLs; on a large table add"
                                + " CHECK (" + col + " IS NOT NULL) NOT VALID and VALIDATE it first, then the scan is skipped"
                        : null);
    }

    /**
     * PostgreSQL has no cast between the two types: the change, with its default dropped before and set
     * after, is written as a manual step whose {@code USING} expression the user must write. The script's
     * other steps stay valid without it; views and policies that use the column must be dropped around it
     * by hand as well.
     */
    private void manualTypeChange(Table want, Column column, Column old, Finding.Changed type,
            Finding.Changed defaultValue, Finding.Changed collation) {
        QualifiedName table = want.name();
        String col = id(column.name());
        List<String> statements = new ArrayList<>();
        if (old.defaultValue() != null) {
            statements.add(alterTable(table, "ALTER COLUMN " + col + " DROP DEFAULT"));
        }
        String collate = collation != null || column.collation() != null ? Statements.collateClause(column.collation()) : "";
        statements.add(alterTable(table, "ALTER COLUMN " + col + " TYPE " + column.type() + collate
                + " USING (<FILL IN: an expression turning " + col + " (" + old.type() + ") into " + column.type() + ">)"));
        String restored = defaultValue != null ? column.defaultValue() : null;
        if (restored != null) {
            statements.add(alterTable(table, "ALTER COLUMN " + col + " SET DEFAULT " + restored));
        }
        List<Finding.Changed> why = new ArrayList<>(List.of(type));
        if (defaultValue != null) {
            why.add(defaultValue);
        }
        addManual(Phase.COLUMNS, String.join(";\n", statements), reasons(why),
                "MANUAL: PostgreSQL has no cast from " + old.type() + " to " + column.type() + "; replace the USING"
                        + " placeholder with an expression that converts the values"
                        + (column.type().startsWith("timestamp") && Casts.base(old.type()).matches("bigint|integer|numeric")
                                ? " (to_timestamp(" + col + ") for epoch seconds)" : "")
                        + ", and drop the views and policies that use " + col + " around it");
    }

    /** DROP DEFAULT fails on an identity column, which the column may have become on a first run. */
    private static String dropDefault(QualifiedName table, String column) {
        return Sql.guarded(Sql.column(table, column, "a.attidentity = '' AND a.attgenerated = ''"),
                alterTable(table, "ALTER COLUMN " + id(column) + " DROP DEFAULT"));
    }

    /** A generated column whose expression changes, or a plain column that becomes generated, is re-added. */
    private void regenerateColumn(Table want, Column column, Column old, Finding.Changed generated) {
        QualifiedName table = want.name();
        String condition = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_attrdef d"
                + " ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = " + Sql.regclass(table)
                + " AND a.attname = " + literal(column.name()) + " AND a.attgenerated = 's'"
                + " AND pg_catalog.pg_get_expr(d.adbin, d.adrelid) = " + literal(column.generated()) + ")";
        boolean losesData = old.generated() == null;
        add(Phase.COLUMNS, Sql.guarded(condition,
                alterTable(table, "DROP COLUMN IF EXISTS " + id(column.name())),
                alterTable(table, "ADD COLUMN " + Statements.columnDefinition(column))),
                generated.message(), losesData, losesData
                        ? "the column's stored values are replaced by the computed ones"
                        : "the expression of a generated column cannot be altered before PostgreSQL 17: the column is"
                                + " dropped and added again, its values are computed again");
        columnChanges(table, column.name(), generated.message());
    }

    private boolean isEnum(String type) {
        if (type == null) {
            return false;
        }
        String base = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
        for (Snapshot snapshot : List.of(actual, expected)) {
            for (EnumType e : snapshot.enums()) {
                if (e.name().toString().equals(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A column of {@code table} changes type: every view and policy whose text mentions the table, and the
     * table's triggers with a WHEN condition, are dropped before and re-created after (the model has no
     * dependency graph, so the test is conservative).
     */
    private void columnChanges(QualifiedName table, String column, String reason) {
        String note = "depends on " + table + " (" + Identifiers.quote(column) + " changes): dropped before the change"
                + " and created again after it";
        for (View view : actual.views()) {
            if (Sql.mentions(view.definition(), table.name())) {
                viewDrops.putIfAbsent(view.name(), new Why(reason, note));
            }
        }
        for (Table other : actual.tables()) {
            for (Policy policy : other.policies()) {
                if (other.name().equals(table) || Sql.mentions(policy.using(), table.name())
                        || Sql.mentions(policy.withCheck(), table.name())) {
                    policyDrops.putIfAbsent(new PartKey(other.name(), policy.name()), new Why(reason, note));
                }
            }
            if (other.name().equals(table)) {
                for (Trigger trigger : other.triggers()) {
                    if (trigger.when() != null) {
                        triggerDrops.putIfAbsent(new PartKey(table, trigger.name()), new Why(reason, note));
                    }
                }
            }
        }
    }

    // ---- views ----

    private void views() {
        for (View view : sorted(expected.views(), Comparator.comparing(View::name))) {
            List<Finding> found = new ArrayList<>(at("view", view.path()));
            found.addAll(at("materialized view", view.path()));
            View old = view(actual, view.name());
            if (view.materialized() && old != null && old.materialized()) {
                viewIndexes(view, old);
                Map<String, Finding.Changed> changed = changes(found);
                if (!found.isEmpty() && changed.size() == found.size() && changed.keySet().equals(Set.of("storage"))) {
                    storage(view.name(), "ALTER MATERIALIZED VIEW ", view.storage(), old.storage(),
                            changed.get("storage").message());
                    continue;
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            if (view.definition() == null) {
                manual(Phase.VIEWS, view.kind() + " " + view.path() + " is declared without its definition", reasons(found));
                continue;
            }
            if (of(found, Finding.Kind.MISSING) == null) {
                viewDrops.putIfAbsent(view.name(), new Why(reasons(found), "a view's columns cannot always be changed"
                        + " in place: dropped and created again"));
            }
            viewCreates.putIfAbsent(view.name(), new Why(reasons(found), null));
        }
        for (View view : actual.views()) {
            Finding unexpected = of(at(view.kind(), view.path()), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                viewDrops.putIfAbsent(view.name(), new Why(unexpected.message(), null));
                unexpectedViews.add(view.name());
            }
        }
    }

    /** A kept materialized view's missing, changed and unexpected indexes. */
    private void viewIndexes(View want, View have) {
        for (Index index : want.indexes()) {
            List<Finding> found = at("index", want.indexPath(index));
            if (found.isEmpty()) {
                continue;
            }
            if (of(found, Finding.Kind.MISSING) == null) {
                add(Phase.DROP_INDEXES, Statements.dropIndex(want.name(), index.name()), reasons(found));
            }
            viewIndex(want.name(), index, reasons(found), null);
        }
        for (Index index : have.indexes()) {
            Finding unexpected = of(at("index", have.indexPath(index)), Finding.Kind.UNEXPECTED);
            if (unexpected != null) {
                add(Phase.DROP_INDEXES, Statements.dropIndex(have.name(), index.name()), unexpected.message());
            }
        }
    }

    /** An index of a materialized view, created once after the views (a re-created view has lost its indexes). */
    private void viewIndex(QualifiedName view, Index index, String reason, String note) {
        if (index.keys() == null) {
            manual(Phase.VIEW_INDEXES, "index " + index.name() + " is declared without its columns", reason);
            return;
        }
        viewIndexCreates.putIfAbsent(view + "." + Identifiers.quote(index.name()), new ReconcileStep(
                Statements.createIndex(view, index, false), reason, false, true, note));
    }

    // ---- objects dropped and created around changes ----

    private void dependents() {
        callerClosure();
        Set<String> dropped = new TreeSet<>(routineRecreates.keySet());
        dropped.addAll(earlyDrops.keySet());
        List<Routine> routineDrops = dropped.stream().map(s -> routine(actual, s)).filter(Objects::nonNull).toList();
        // callers are dropped before the routines they call
        for (Routine old : Graphs.reversed(RoutineOrder.calleesFirst(routineDrops))) {
            Why why = routineRecreates.get(old.signature());
            if (why == null) {
                // guarded by kind: on a second run a function may stand where the procedure was
                add(Phase.DROP_ROUTINES, Sql.guarded(routineExists(old, ""), Statements.dropRoutine(old)),
                        earlyDrops.get(old.signature()).reason(), false, earlyDrops.get(old.signature()).note());
                continue;
            }
            Routine want = Routines.fill(routine(expected, old.signature()), old);
            routineDependents(old, why.reason());
            String extra = "";
            if (returnChanges.contains(old.signature()) && want.returns() != null) {
                extra = " AND pg_catalog.pg_get_function_result(p.oid) IS DISTINCT FROM " + literal(want.returns());
            } else if (argumentChanges.contains(old.signature()) && want.argumentList() != null) {
                extra = " AND pg_catalog.pg_get_function_arguments(p.oid) IS DISTINCT FROM " + literal(want.argumentList());
            }
            add(Phase.DROP_ROUTINES, Sql.guarded(routineExists(old, extra), Statements.dropRoutine(old)), why.reason(), false,
                    why.note());
            createRoutine(want, why.reason(), null);
        }
        routineUses();
        emitRoutines();
        routineGrants();
        viewClosure();
        for (QualifiedName name : viewDrops.keySet()) {
            if (!unexpectedViews.contains(name)) {
                viewCreates.putIfAbsent(name, viewDrops.get(name)); // every drop note says it is created again
            }
        }
        List<View> drops = viewDrops.keySet().stream().map(n -> view(actual, n)).filter(Objects::nonNull).toList();
        for (View view : Graphs.reversed(Graphs.order(drops, View::name, Planner::viewUses))) {
            Why why = viewDrops.get(view.name());
            View want = view(expected, view.name());
            String drop = Statements.dropView(view);
            if (want != null && want.materialized() != view.materialized()) {
                // on a second run the name is already the other kind, which this DROP would refuse
                drop = Sql.guarded("EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass("
                        + literal(view.name().toString()) + ") AND c.relkind = " + (view.materialized() ? "'m'" : "'v'") + ")",
                        drop);
            }
            add(Phase.DROP_VIEWS, drop, why.reason(), false, why.note());
        }
        List<View> creates = viewCreates.keySet().stream()
                .map(n -> view(expected, n) != null ? view(expected, n) : view(actual, n)).filter(Objects::nonNull).toList();
        for (View view : Graphs.order(creates, View::name, Planner::viewUses)) {
            Why why = viewCreates.get(view.name());
            add(Phase.VIEWS, Statements.createView(view), why.reason(), false, why.note());
            for (Index index : view.indexes()) {
                viewIndex(view.name(), index, why.reason(), "an index of " + view.name() + ", which is created again");
            }
        }
        steps.computeIfAbsent(Phase.VIEW_INDEXES, p -> new ArrayList<>()).addAll(viewIndexCreates.values());
        for (Map.Entry<PartKey, Why> entry : policyDrops.entrySet()) {
            PartKey key = entry.getKey();
            add(Phase.DROP_POLICIES, Statements.dropPolicy(key.table(), key.name()), entry.getValue().reason(), false,
                    entry.getValue().note());
            if (!unexpectedPolicies.contains(key)) {
                policyCreates.putIfAbsent(key, entry.getValue());
            }
        }
        for (Map.Entry<PartKey, Why> entry : policyCreates.entrySet()) {
            Policy policy = policy(expected, entry.getKey());
            if (policy == null) {
                policy = policy(actual, entry.getKey());
            }
            if (policy != null) {
                add(Phase.POLICIES, Statements.createPolicy(entry.getKey().table(), policy), entry.getValue().reason(),
                        false, entry.getValue().note());
            }
        }
        for (Map.Entry<PartKey, Why> entry : triggerDrops.entrySet()) {
            PartKey key = entry.getKey();
            add(Phase.DROP_TRIGGERS, Statements.dropTrigger(key.table(), key.name()), entry.getValue().reason(), false,
                    entry.getValue().note());
            triggerCreates.putIfAbsent(key, entry.getValue());
        }
        for (Map.Entry<PartKey, Why> entry : triggerCreates.entrySet()) {
            Trigger trigger = trigger(expected, entry.getKey());
            if (trigger == null) {
                trigger = trigger(actual, entry.getKey());
            }
            if (trigger != null && trigger.events() != null && trigger.function() != null) {
                Trigger old = trigger(actual, entry.getKey());
                if (Boolean.TRUE.equals(trigger.constraint()) || old != null && Boolean.TRUE.equals(old.constraint())) {
                    add(Phase.TRIGGERS, Statements.dropTrigger(entry.getKey().table(), entry.getKey().name()),
                            entry.getValue().reason(), false, "PostgreSQL cannot CREATE OR REPLACE a constraint trigger:"
                                    + " dropped and created again");
                }
                add(Phase.TRIGGERS, Statements.createTrigger(entry.getKey().table(), trigger), entry.getValue().reason(),
                        false, entry.getValue().note());
            }
        }
    }

    private static String routineExists(Routine routine, String extra) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = "
                + literal(Identifiers.quote(routine.name().schema())) + "::pg_catalog.regnamespace AND p.proname = "
                + literal(routine.name().name()) + " AND pg_catalog.pg_get_function_identity_arguments(p.oid) = "
                + literal(routine.arguments()) + " AND p.prokind = " + (Boolean.TRUE.equals(routine.procedure()) ? "'p'" : "'f'")
                + extra + ")";
    }

    /**
     * A routine that PostgreSQL knows calls a routine being dropped (a SQL-standard body) would block the
     * drop: it is dropped and created again too, and so are its own callers.
     */
    private void callerClosure() {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Routine caller : sorted(actual.routines(), Comparator.comparing(Routine::signature))) {
                if (routineRecreates.containsKey(caller.signature()) || earlyDrops.containsKey(caller.signature())
                        || caller.calls() == null) {
                    continue;
                }
                boolean unexpected = of(at(caller.kind(), caller.path()), Finding.Kind.UNEXPECTED) != null;
                for (String callee : caller.calls()) {
                    Why why = routineRecreates.containsKey(callee) ? routineRecreates.get(callee) : earlyDrops.get(callee);
                    if (why != null) {
                        String note = "calls " + callee + ", which is dropped: dropped before it"
                                + (unexpected ? "" : " and created again after it");
                        // an unexpected caller goes now rather than at the end
                        (unexpected ? earlyDrops : routineRecreates).put(caller.signature(), new Why(why.reason(), note));
                        routineDependents(caller, why.reason());
                        grew = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * Column defaults, checks and index expressions that call a routine being dropped hold it in
     * {@code pg_depend}: they are dropped before it and put back after it, as the expected schema has them.
     */
    private void routineUses() {
        for (Map.Entry<PartKey, Why> entry : defaultDrops.entrySet()) {
            PartKey key = entry.getKey();
            add(Phase.DROP_ROUTINE_USES, dropDefault(key.table(), key.name()), entry.getValue().reason(), false,
                    entry.getValue().note());
            Column back = restoredColumn(key.table(), key.name());
            if (back != null && back.defaultValue() != null && back.identity() == null && back.generated() == null) {
                add(Phase.CONSTRAINTS, alterTable(key.table(), "ALTER COLUMN " + id(key.name()) + " SET DEFAULT "
                        + back.defaultValue()), entry.getValue().reason(), false, entry.getValue().note());
            }
        }
        for (Map.Entry<PartKey, Why> entry : checkDrops.entrySet()) {
            PartKey key = entry.getKey();
            add(Phase.DROP_ROUTINE_USES, Statements.dropConstraint(key.table(), key.name()), entry.getValue().reason(),
                    false, entry.getValue().note());
            CheckConstraint back = restored(key, Table::checks);
            if (back != null && back.expression() != null) {
                add(Phase.CONSTRAINTS, Statements.addConstraint(key.table(), key.name(), Statements.checkClause(back)),
                        entry.getValue().reason(), false, entry.getValue().note());
            }
        }
        for (Map.Entry<PartKey, Why> entry : indexDrops.entrySet()) {
            PartKey key = entry.getKey();
            add(Phase.DROP_ROUTINE_USES, Statements.dropIndex(key.table(), key.name()), entry.getValue().reason(), false,
                    entry.getValue().note());
            Index back = restored(key, Table::indexes);
            if (back != null && back.keys() != null) {
                add(Phase.INDEXES, Statements.createIndex(key.table(), back, false), entry.getValue().reason(), false,
                        entry.getValue().note());
            }
        }
    }

    /** The column as the plan leaves it: the expected one if declared, else the actual one. */
    private Column restoredColumn(QualifiedName table, String column) {
        Table want = expected.table(table);
        Column declared = want == null ? null : want.column(column);
        if (declared != null && declared.defaultValue() != null) {
            return declared;
        }
        if (declared != null && changes(at("column", want.partPath(declared))).containsKey("default")) {
            return null;
        }
        Table have = actual.table(table);
        return have == null ? null : have.column(column);
    }

    /** A part as the plan leaves it: expected if the expected table declares it, else actual unless unexpected. */
    private <T extends TablePart> T restored(PartKey key, Function<Table, List<T>> parts) {
        Table want = expected.table(key.table());
        if (want != null) {
            for (T part : parts.apply(want)) {
                if (part.name().equals(key.name())) {
                    return part;
                }
            }
        }
        Table have = actual.table(key.table());
        if (have == null) {
            return null;
        }
        for (T part : parts.apply(have)) {
            if (part.name().equals(key.name()) && of(at(part.kind(), have.partPath(part)), Finding.Kind.UNEXPECTED) == null) {
                return part;
            }
        }
        return null;
    }

    private void routineDependents(Routine routine, String reason) {
        String note = "uses " + routine.signature() + ", which is dropped and created again";
        String name = routine.name().name();
        for (Table table : actual.tables()) {
            for (Column column : table.columns()) {
                if (Sql.mentions(column.defaultValue(), name) && column.identity() == null && column.generated() == null) {
                    defaultDrops.putIfAbsent(new PartKey(table.name(), column.name()), new Why(reason, note));
                }
            }
            for (CheckConstraint check : table.checks()) {
                if (Sql.mentions(check.expression(), name)) {
                    checkDrops.putIfAbsent(new PartKey(table.name(), check.name()), new Why(reason, note));
                }
            }
            for (Index index : table.indexes()) {
                if (Sql.mentions(index.predicate(), name) || index.keys().stream().anyMatch(k -> Sql.mentions(k, name))) {
                    indexDrops.putIfAbsent(new PartKey(table.name(), index.name()), new Why(reason, note));
                }
            }
        }
        for (View view : actual.views()) {
            if (Sql.mentions(view.definition(), name)) {
                viewDrops.putIfAbsent(view.name(), new Why(reason, note));
            }
        }
        for (Table table : actual.tables()) {
            for (Policy policy : table.policies()) {
                if (Sql.mentions(policy.using(), name) || Sql.mentions(policy.withCheck(), name)) {
                    policyDrops.putIfAbsent(new PartKey(table.name(), policy.name()), new Why(reason, note));
                }
            }
            for (Trigger trigger : table.triggers()) {
                if (Sql.mentions(trigger.function(), name) || Sql.mentions(trigger.when(), name)) {
                    triggerDrops.putIfAbsent(new PartKey(table.name(), trigger.name()), new Why(reason, note));
                }
            }
        }
    }

    /** Views (and policies) that mention a view being dropped go with it, and come back with it. */
    private void viewClosure() {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View view : sorted(actual.views(), Comparator.comparing(View::name))) {
                if (viewDrops.containsKey(view.name())) {
                    continue;
                }
                for (QualifiedName dropped : List.copyOf(viewDrops.keySet())) {
                    if (Sql.mentions(view.definition(), dropped.name())) {
                        viewDrops.put(view.name(), new Why(viewDrops.get(dropped).reason(),
                                "depends on " + dropped + ", which is dropped: dropped before it and created again after it"));
                        grew = true;
                        break;
                    }
                }
            }
        }
        for (Table table : actual.tables()) {
            for (Policy policy : table.policies()) {
                for (QualifiedName dropped : viewDrops.keySet()) {
                    if (Sql.mentions(policy.using(), dropped.name()) || Sql.mentions(policy.withCheck(), dropped.name())) {
                        policyDrops.putIfAbsent(new PartKey(table.name(), policy.name()), new Why(
                                viewDrops.get(dropped).reason(), "mentions " + dropped + ", which is dropped and created again"));
                    }
                }
            }
        }
    }

    private static boolean viewUses(View view, View other) {
        return !view.name().equals(other.name()) && Sql.mentions(view.definition(), other.name().name());
    }

    private static View view(Snapshot snapshot, QualifiedName name) {
        return snapshot.views().stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    private static Policy policy(Snapshot snapshot, PartKey key) {
        Table table = snapshot.table(key.table());
        return table == null ? null
                : table.policies().stream().filter(p -> p.name().equals(key.name())).findFirst().orElse(null);
    }

    private static Trigger trigger(Snapshot snapshot, PartKey key) {
        Table table = snapshot.table(key.table());
        return table == null ? null
                : table.triggers().stream().filter(t -> t.name().equals(key.name())).findFirst().orElse(null);
    }

    /** A step the planner cannot write: a comment in the script that says what to do by hand. */
    private void manual(Phase phase, String what, String reason) {
        addManual(phase, MANUAL_PREFIX + what + "; write this step by hand", reason, null);
    }

    /** Whether a foreign key of the expected schema references {@code table}. */
    private boolean referenced(QualifiedName table) {
        for (Table other : expected.tables()) {
            for (ForeignKey key : other.foreignKeys()) {
                if (key.referencedTable().equals(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A routine to create, with why. */
    private record PendingRoutine(Routine routine, String reason, String note) {
    }

    /** Why an object is dropped or created: the finding, and a note when it is only a dependent. */
    private record Why(String reason, String note) {
    }

    /** A policy or trigger: its table and name. */
    private record PartKey(QualifiedName table, String name) implements Comparable<PartKey> {
        @Override
        public int compareTo(PartKey other) {
            int byTable = table.compareTo(other.table);
            return byTable != 0 ? byTable : name.compareTo(other.name);
        }
    }
}
