package dev.schemaverify.inspect;

import static dev.schemaverify.inspect.CatalogQueries.bool;
import static dev.schemaverify.inspect.CatalogQueries.longValue;
import static dev.schemaverify.inspect.CatalogQueries.strings;

import dev.schemaverify.model.Background;
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
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Maps the rows of the catalog queries into model records, one query per kind of object. Shared by the
 * {@link Inspector} and the {@link ContractNormalizer}, so both read PostgreSQL's output the same way.
 * Callers run it under {@link Sessions#DEPARSE_SEARCH_PATH}.
 */
final class CatalogReader {
    /**
     * From how many tables on the columns are read in a second session while this one reads the tables' other
     * parts: at 5,000 tables the columns query alone is a third of the catalog's server time, and opening a
     * session costs more than it saves on a small schema.
     */
    static final int COLUMNS_BESIDE_FROM = 500;

    private final CatalogQueries queries;
    private List<String> indexSchemas;
    private List<Owned<Index>> indexRows;
    /** Names of the only relations and routines to read, or {@code null} for all of the schemas. */
    private final List<String> within;
    /**
     * Opens a second session on the same database for the columns of a large schema, or {@code null} (always
     * for a {@link #within} reader).
     */
    private final Supplier<Connection> beside;

    CatalogReader(CatalogQueries queries) {
        this(queries, null, null);
    }

    /** A reader that may read the columns of a large schema in a second session from {@code beside}. */
    CatalogReader(CatalogQueries queries, Supplier<Connection> beside) {
        this(queries, null, beside);
    }

    private CatalogReader(CatalogQueries queries, List<String> within, Supplier<Connection> beside) {
        this.queries = queries;
        this.within = within;
        this.beside = beside;
    }

    /**
     * A reader of only the tables, views and routines named {@code names}: the normalizer reads back a
     * chunk of temporary objects this way, through the catalog's name indexes, so each read costs what
     * the chunk holds and not what the whole database holds.
     */
    CatalogReader within(List<String> names) {
        return new CatalogReader(queries, List.copyOf(names), null);
    }

    /** Runs a per-relation query, restricted to {@link #within} where set; {@code column} holds the name. */
    private <T> List<T> rows(String query, String column, CatalogQueries.RowMapper<T> mapper, Object... parameters) {
        return within == null ? queries.query(query, mapper, parameters)
                : queries.queryWithin(query, column, within, mapper, parameters);
    }

    List<Schema> schemas(List<String> include, List<String> exclude) {
        return queries.query("schemas", row -> new Schema(row.getString("name"), row.getString("owner"), null, null, null,
                row.getString("comment")),
                include, include, exclude);
    }

    /** The schemas with their privileges and default privileges, two more queries whatever their number. */
    List<Schema> withPrivileges(List<Schema> schemas, ObjectGrants grants) {
        List<String> names = schemas.stream().map(Schema::name).toList();
        Map<String, List<DefaultPrivilege>> defaults = new LinkedHashMap<>();
        queries.query("default_privileges", row -> {
            defaults.computeIfAbsent(row.getString("schema"), k -> new ArrayList<>()).add(new DefaultPrivilege(
                    row.getString("role"), row.getString("objects"), row.getString("grantee"),
                    strings(row, "privileges"), strings(row, "grantable"), null));
            return null;
        }, names);
        return schemas.stream().map(s -> new Schema(s.name(), s.owner(), s.source(), grants.of("n", s.name() + "." + s.name(), null),
                defaults.getOrDefault(s.name(), List.of()), s.comment())).toList();
    }

    /** Grants on sequences, routines and schemas, read with one query. */
    ObjectGrants objectGrants(List<String> schemas) {
        Map<String, List<Grant>> byObject = new LinkedHashMap<>();
        queries.query("object_grants", row -> {
            String key = ObjectGrants.key(row.getString("kind"), row.getString("schema") + "." + row.getString("name"),
                    row.getString("arguments"));
            byObject.computeIfAbsent(key, k -> new ArrayList<>()).add(new Grant(row.getString("grantee"),
                    strings(row, "privileges"), null, strings(row, "grantable")));
            return null;
        }, schemas, schemas, schemas);
        return new ObjectGrants(byObject);
    }

    /** Grants of objects other than tables, by kind and name; an object without any has an empty list. */
    record ObjectGrants(Map<String, List<Grant>> byObject) {
        static String key(String kind, String name, String arguments) {
            return kind + "\u0000" + name + "\u0000" + (arguments == null ? "" : arguments);
        }

        List<Grant> of(String kind, String name, String arguments) {
            return byObject.getOrDefault(key(kind, name, arguments), List.of());
        }
    }

    List<Extension> extensions() {
        return sorted(queries.query("extensions", row -> new Extension(
                row.getString("name"), row.getString("schema"), row.getString("version"), null,
                row.getString("comment"))),
                Comparator.comparing(Extension::name));
    }

    List<EnumType> enums(List<String> schemas) {
        return sorted(queries.query("enums", row -> new EnumType(
                name(row), strings(row, "labels"), null, row.getString("owner"), row.getString("comment")), schemas), Comparator.comparing(EnumType::name));
    }

    List<Sequence> sequences(List<String> schemas, ObjectGrants grants) {
        return sorted(queries.query("sequences", row -> new Sequence(
                name(row),
                row.getString("data_type"),
                longValue(row, "start_value"),
                longValue(row, "increment"),
                longValue(row, "min_value"),
                longValue(row, "max_value"),
                longValue(row, "cache"),
                bool(row, "cycle"),
                null,
                ownedBy(strings(row, "owned_by")),
                grants.of("S", row.getString("schema") + "." + row.getString("name"), null),
                row.getString("owner"), row.getString("comment")), schemas),
                Comparator.comparing(Sequence::name));
    }

    private static String ownedBy(List<String> parts) {
        return parts == null ? "NONE" : parts.stream().map(Identifiers::quote).collect(Collectors.joining("."));
    }

    /** Views and materialized views; a materialized view's indexes come from the one index query. */
    List<View> views(List<String> schemas) {
        Map<QualifiedName, List<Index>> indexes = new LinkedHashMap<>();
        for (Owned<Index> index : indexes(schemas, false)) {
            indexes.computeIfAbsent(index.table, k -> new ArrayList<>()).add(index.part);
        }
        return sorted(rows("views", "name", row -> {
            QualifiedName name = name(row);
            return new View(name, row.getBoolean("materialized"), strip(row.getString("definition")), null,
                    row.getString("check_option"), indexes.getOrDefault(name, List.of()), strings(row, "storage"),
                    row.getString("owner"), row.getString("comment"));
        }, schemas), Comparator.comparing(View::name));
    }

    /**
     * Every index of the selected schemas' tables and materialized views. {@link #tables} always reads them
     * afresh (the normalizer reads new temporary tables each time) and leaves them for the {@link #views}
     * call that follows on the same schemas, so an inspection runs the index query once.
     */
    private List<Owned<Index>> indexes(List<String> schemas, boolean forTables) {
        List<Owned<Index>> rows;
        if (!forTables && indexRows != null && schemas.equals(indexSchemas)) {
            rows = indexRows;
        } else {
            rows = rows("indexes", "table_name", row -> new Owned<>(tableName(row), new Index(
                    row.getString("name"),
                    bool(row, "is_unique"),
                    row.getString("method"),
                    strings(row, "keys"),
                    strings(row, "include"),
                    row.getString("predicate"),
                    null,
                    row.getString("comment"))), schemas);
        }
        indexSchemas = forTables ? List.copyOf(schemas) : null;
        indexRows = forTables ? rows : null;
        return rows;
    }

    List<Routine> routines(List<String> schemas) {
        return routines(schemas, null);
    }

    /** Routines; with {@code grants} {@code null} their grants are left undeclared (the normalizer's temporaries). */
    List<Routine> routines(List<String> schemas, ObjectGrants grants) {
        return sorted(rows("routines", "name", row -> new Routine(
                name(row),
                row.getString("arguments"),
                bool(row, "procedure"),
                row.getString("returns"),
                row.getString("language"),
                row.getString("volatility"),
                bool(row, "security_definer"),
                strings(row, "settings"),
                row.getString("body"),
                null,
                row.getString("argument_list"),
                bool(row, "strict"),
                bool(row, "leakproof"),
                row.getString("parallel"),
                Routine.plainNumber(row.getString("cost")),
                Routine.plainNumber(row.getString("rows")),
                grants == null ? null : grants.of("f", row.getString("schema") + "." + row.getString("name"),
                        row.getString("arguments")),
                calls(strings(row, "calls")),
                row.getString("owner"),
                row.getString("comment")), schemas),
                Comparator.comparing(Routine::name).thenComparing(Routine::arguments));
    }

    private static List<String> calls(List<String> rows) {
        List<String> signatures = new ArrayList<>();
        for (String row : rows) {
            String[] parts = row.split("\u001f", -1);
            signatures.add(new QualifiedName(parts[0], parts[1]) + "(" + parts[2] + ")");
        }
        return signatures;
    }

    List<NotVerified> notVerified(List<String> schemas) {
        return queries.query("not_verified", row -> {
            String name = strings(row, "parts").stream().map(Identifiers::quote).collect(Collectors.joining("."));
            String suffix = row.getString("suffix");
            return new NotVerified(row.getString("kind"), suffix == null ? name : name + suffix);
        }, schemas).stream().sorted().toList();
    }

    /** Tables with every part, read with seven queries whatever the number of tables (indexes shared with views). */
    List<Table> tables(List<String> schemas) {
        Map<QualifiedName, TableParts> tables = new LinkedHashMap<>();
        for (TableParts parts : rows("tables", "name", CatalogReader::tableParts, schemas)) {
            tables.put(parts.name, parts);
        }
        Supplier<List<Owned<Column>>> columnsHere = () -> rows("columns", "table_name", CatalogReader::column, schemas);
        ColumnsBeside columnsBeside = beside != null && tables.size() >= COLUMNS_BESIDE_FROM
                && readsCommittedPerStatement() ? new ColumnsBeside(beside, schemas) : null;
        if (columnsBeside == null) {
            addColumns(tables, columnsHere.get());
        }
        rows("constraints", "table_name", row -> {
            TableParts table = tables.get(tableName(row));
            if (table != null) {
                addConstraint(table, row);
            }
            return null;
        }, schemas);
        for (Owned<Index> index : indexes(schemas, true)) {
            TableParts table = tables.get(index.table);
            if (table != null) {
                table.indexes.add(index.part);
            }
        }
        rows("policies", "table_name", row -> {
            TableParts table = tables.get(tableName(row));
            if (table != null) {
                table.policies.add(new Policy(
                        row.getString("name"),
                        bool(row, "permissive"),
                        row.getString("command"),
                        strings(row, "roles"),
                        row.getString("using_expression"),
                        row.getString("with_check"),
                        null,
                        row.getString("comment")));
            }
            return null;
        }, schemas);
        rows("triggers", "table_name", row -> {
            TableParts table = tables.get(tableName(row));
            if (table != null) {
                String when = row.getBoolean("has_when") ? TriggerDefinitions.when(row.getString("definition")) : null;
                table.triggers.add(new Trigger(
                        row.getString("name"),
                        row.getString("timing"),
                        strings(row, "events"),
                        row.getString("level"),
                        new QualifiedName(row.getString("function_schema"), row.getString("function_name")).toString(),
                        when,
                        null,
                        triggerArguments(row.getBytes("argument_bytes"), row.getInt("argument_count")),
                        strings(row, "update_columns"),
                        bool(row, "is_constraint"),
                        bool(row, "deferrable"),
                        bool(row, "initially_deferred"),
                        row.getString("comment")));
            }
            return null;
        }, schemas);
        rows("grants", "table_name", row -> {
            TableParts table = tables.get(tableName(row));
            if (table != null) {
                table.grants.add(new Grant(row.getString("grantee"), strings(row, "privileges"), null,
                        strings(row, "grantable")));
            }
            return null;
        }, schemas, schemas);
        if (columnsBeside != null) {
            List<Owned<Column>> columns = columnsBeside.join();
            addColumns(tables, columns != null ? columns : columnsHere.get());
        }
        return tables.values().stream().map(TableParts::toTable).sorted(Comparator.comparing(Table::name)).toList();
    }

    private static Owned<Column> column(ResultSet row) throws SQLException {
        return new Owned<>(tableName(row), row.getBoolean("is_local"), new Column(
                row.getString("name"),
                row.getString("type"),
                bool(row, "nullable"),
                row.getString("default_value"),
                row.getString("identity"),
                row.getString("generated"),
                null,
                row.getString("collation"),
                identityOptions(row),
                row.getString("comment")));
    }

    /**
     * Whether this session reads, as a second one would, what is committed when each statement starts. Under
     * REPEATABLE READ or SERIALIZABLE (a database or role default) the whole inspection reads one snapshot,
     * which a second session cannot share (an exported snapshot cannot be taken inside the inspection's
     * savepoint), so the columns are then read here.
     */
    private boolean readsCommittedPerStatement() {
        return "read committed".equals(queries.queryString("SELECT current_setting('transaction_isolation')"));
    }

    /** Adds each table's own columns in the order read (inherited ones belong to the parent). */
    private static void addColumns(Map<QualifiedName, TableParts> tables, List<Owned<Column>> columns) {
        for (Owned<Column> column : columns) {
            TableParts table = tables.get(column.table);
            if (table != null && column.local) {
                table.columns.add(column.part);
            }
        }
    }

    /**
     * The columns query, run on a thread of its own in a second session (read-only, under the same deparse
     * settings, rolled back) while the caller's session reads the tables' other parts. Where the second
     * session cannot be opened or fails (a server at its connection limit, say), {@link #join} gives
     * {@code null} and the caller reads the columns itself: the second session only ever saves time. Both
     * sessions read committed data as of their own statements, as every query of a read-committed inspection
     * already does.
     */
    private static final class ColumnsBeside {
        private final Background<List<Owned<Column>>> reading;

        ColumnsBeside(Supplier<Connection> beside, List<String> schemas) {
            reading = Background.start("schema-verify columns reader", () -> {
                try (Connection connection = beside.get()) {
                    CatalogQueries second = new CatalogQueries(connection);
                    return Sessions.readOnly(second, () -> second.query("columns", CatalogReader::column, schemas));
                }
            });
        }

        List<Owned<Column>> join() {
            return reading.failure() == null ? reading.join() : null;
        }
    }

    private static IdentityOptions identityOptions(ResultSet row) throws SQLException {
        Long start = longValue(row, "identity_start");
        if (start == null) {
            return null;
        }
        return new IdentityOptions(start, longValue(row, "identity_increment"), longValue(row, "identity_min"),
                longValue(row, "identity_max"), longValue(row, "identity_cache"), bool(row, "identity_cycle"),
                row.getString("identity_sequence"));
    }

    private static void addConstraint(TableParts table, ResultSet row) throws SQLException {
        String name = row.getString("name");
        List<String> columns = strings(row, "columns");
        Boolean deferrable = bool(row, "deferrable");
        Boolean deferred = bool(row, "initially_deferred");
        String comment = row.getString("comment");
        switch (row.getString("type")) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns, null, deferrable, deferred, comment);
            case "u" -> table.uniqueConstraints.add(new UniqueConstraint(name, columns, null, deferrable, deferred,
                    comment));
            case "f" -> table.foreignKeys.add(new ForeignKey(
                    name,
                    columns,
                    new QualifiedName(row.getString("referenced_schema"), row.getString("referenced_table")),
                    strings(row, "referenced_columns"),
                    row.getString("on_delete"),
                    row.getString("on_update"),
                    deferrable,
                    deferred,
                    null,
                    bool(row, "valid"),
                    strings(row, "on_delete_columns"),
                    comment));
            case "c" -> table.checks.add(new CheckConstraint(name, row.getString("expression"), null, bool(row, "valid"),
                    bool(row, "no_inherit"), comment));
            default -> throw new IllegalStateException("unexpected constraint type " + row.getString("type"));
        }
    }

    /** {@code tgargs} holds each argument followed by a zero byte. */
    static List<String> triggerArguments(byte[] bytes, int count) {
        List<String> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; bytes != null && i < bytes.length && arguments.size() < count; i++) {
            if (bytes[i] == 0) {
                arguments.add(new String(bytes, start, i - start, java.nio.charset.StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return arguments;
    }

    private static QualifiedName name(ResultSet row) throws SQLException {
        return new QualifiedName(row.getString("schema"), row.getString("name"));
    }

    private static QualifiedName tableName(ResultSet row) throws SQLException {
        return new QualifiedName(row.getString("schema"), row.getString("table_name"));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }

    /** A part read with its table; {@code local} is false for a column a partition or child inherits. */
    private record Owned<T>(QualifiedName table, boolean local, T part) {
        Owned(QualifiedName table, T part) {
            this(table, true, part);
        }
    }

    private static TableParts tableParts(ResultSet row) throws SQLException {
        TableParts parts = new TableParts(name(row), bool(row, "rls_enabled"), bool(row, "rls_forced"),
                bool(row, "unlogged"), strings(row, "storage"), row.getString("replica_identity"));
        parts.partitionBy = row.getString("partition_by");
        String parentName = row.getString("partition_of_name");
        parts.partitionOf = parentName == null ? null : new QualifiedName(row.getString("partition_of_schema"), parentName);
        parts.partitionBound = row.getString("partition_bound");
        parts.owner = row.getString("owner");
        parts.comment = row.getString("comment");
        for (String parent : strings(row, "inherits")) {
            parts.inherits.add(QualifiedName.parse(parent, null));
        }
        return parts;
    }

    /** Collects a table's parts while the per-kind queries stream in. */
    private static final class TableParts {
        final QualifiedName name;
        final Boolean rlsEnabled;
        final Boolean rlsForced;
        final Boolean unlogged;
        final List<String> storage;
        final String replicaIdentity;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Policy> policies = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        final List<Grant> grants = new ArrayList<>();
        String partitionBy;
        QualifiedName partitionOf;
        String partitionBound;
        final List<QualifiedName> inherits = new ArrayList<>();
        String owner;
        String comment;

        TableParts(QualifiedName name, Boolean rlsEnabled, Boolean rlsForced, Boolean unlogged, List<String> storage,
                String replicaIdentity) {
            this.name = name;
            this.rlsEnabled = rlsEnabled;
            this.rlsForced = rlsForced;
            this.unlogged = unlogged;
            this.storage = storage;
            this.replicaIdentity = replicaIdentity;
        }

        Table toTable() {
            return new Table(name, columns, primaryKey,
                    sorted(uniqueConstraints, Comparator.comparing(UniqueConstraint::name)),
                    sorted(foreignKeys, Comparator.comparing(ForeignKey::name)),
                    sorted(checks, Comparator.comparing(CheckConstraint::name)),
                    sorted(indexes, Comparator.comparing(Index::name)),
                    rlsEnabled, rlsForced,
                    sorted(policies, Comparator.comparing(Policy::name)),
                    sorted(triggers, Comparator.comparing(Trigger::name)),
                    sorted(grants, Comparator.comparing(Grant::grantee)),
                    null, partitionBy, partitionOf, partitionBound, inherits, unlogged, storage, replicaIdentity, owner,
                    comment);
        }
    }
}
