package dev.schemaverify.contract;

import dev.schemaverify.contract.YamlMap.Entry;
import dev.schemaverify.contract.YamlMap.Located;
import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.ErrorCode;
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
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads a YAML contract; errors name file:line:column and, for an unknown key, the closest valid key. */
public final class ContractReader {
    /** The contract format version this reader understands. */
    public static final int VERSION = 1;

    static final List<String> TOP_KEYS = List.of("contract", "strict", "compareOwners", "compareComments",
            "severities", "extensions", "schemas");
    static final List<String> EXTENSION_KEYS = List.of("schema", "version", "comment");
    static final List<String> SCHEMA_KEYS = List.of(
            "owner", "enums", "sequences", "tables", "views", "materializedViews", "functions", "procedures", "grants",
            "defaultPrivileges", "comment");
    static final List<String> SEQUENCE_KEYS = List.of(
            "type", "start", "increment", "min", "max", "cache", "cycle", "ownedBy", "grants", "owner", "comment");
    static final List<String> ENUM_KEYS = List.of("labels", "owner", "comment");
    static final List<String> IDENTITY_OPTION_KEYS = List.of("start", "increment", "min", "max", "cache", "cycle",
            "sequence");
    static final List<String> TABLE_KEYS = List.of("rls", "columns", "primaryKey", "unique", "foreignKeys",
            "checks", "indexes", "policies", "triggers", "grants", "partitionBy", "partitionOf", "partitionBound",
            "inherits", "unlogged", "storage", "replicaIdentity", "owner", "comment");
    static final List<String> RLS_KEYS = List.of("enabled", "forced");
    static final List<String> COLUMN_KEYS = List.of(
            "type", "nullable", "default", "identity", "generated", "collation", "identityOptions", "comment");
    static final List<String> PRIMARY_KEY_KEYS = List.of("name", "columns", "deferrable", "initiallyDeferred",
            "comment");
    static final List<String> UNIQUE_KEYS = List.of("columns", "deferrable", "initiallyDeferred", "comment");
    static final List<String> CHECK_KEYS = List.of("expression", "valid", "noInherit", "comment");
    static final List<String> FOREIGN_KEY_KEYS = List.of("columns", "references", "onDelete", "onUpdate",
            "deferrable", "initiallyDeferred", "valid", "onDeleteColumns", "comment");
    static final List<String> REFERENCES_KEYS = List.of("table", "columns");
    static final List<String> INDEX_KEYS = List.of("columns", "unique", "method", "include", "where", "comment");
    static final List<String> POLICY_KEYS = List.of("command", "permissive", "roles", "using", "withCheck", "comment");
    static final List<String> TRIGGER_KEYS = List.of("timing", "events", "level", "function", "when", "arguments",
            "columns", "constraint", "deferrable", "initiallyDeferred", "comment");
    static final List<String> VIEW_KEYS = List.of("definition", "checkOption", "owner", "comment");
    static final List<String> MATERIALIZED_VIEW_KEYS = List.of("definition", "indexes", "storage", "owner", "comment");
    static final List<String> CHECK_OPTIONS = List.of("LOCAL", "CASCADED");
    static final List<String> REPLICA_IDENTITIES = List.of("DEFAULT", "FULL", "NOTHING");
    static final List<String> ROUTINE_KEYS = List.of(
            "returns", "language", "volatility", "securityDefiner", "settings", "body", "arguments", "strict",
            "leakproof", "parallel", "cost", "rows", "grants", "owner", "comment");
    static final List<String> PARALLEL = List.of("SAFE", "RESTRICTED", "UNSAFE");
    static final List<String> ROUTINE_PRIVILEGES = List.of("EXECUTE");
    static final List<String> SEQUENCE_PRIVILEGES = List.of("USAGE", "SELECT", "UPDATE");
    static final List<String> SCHEMA_PRIVILEGES = List.of("USAGE", "CREATE");
    /** What ALTER DEFAULT PRIVILEGES may grant, over every kind of object. */
    static final List<String> DEFAULT_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
            "REFERENCES", "TRIGGER", "MAINTAIN", "USAGE", "EXECUTE");

    static final List<String> IDENTITIES = List.of("ALWAYS", "BY DEFAULT");
    static final List<String> ACTIONS = List.of("NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT");
    static final List<String> COMMANDS = List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE");
    static final List<String> TIMINGS = List.of("BEFORE", "AFTER", "INSTEAD OF");
    static final List<String> EVENTS = List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE");
    static final List<String> LEVELS = List.of("ROW", "STATEMENT");
    static final List<String> VOLATILITIES = List.of("IMMUTABLE", "STABLE", "VOLATILE");
    static final List<String> PRIVILEGES = List.of(
            "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "MAINTAIN");

    /**
     * Reads the contract at {@code file}; {@code displayPath} is how the file is named in messages and
     * source locations (usually relative to the project).
     */
    public Contract read(Path file, String displayPath) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SchemaVerifyException(ErrorCode.CONTRACT, displayPath + ": contract file not found ("
                    + file.toAbsolutePath() + "); create it or point the contract setting at the right file", e);
        } catch (CharacterCodingException e) {
            throw new SchemaVerifyException(ErrorCode.CONTRACT, displayPath
                    + ": the contract is not valid UTF-8; save it as UTF-8", e);
        } catch (IOException | UncheckedIOException e) {
            throw new SchemaVerifyException(ErrorCode.CONTRACT, displayPath + ": cannot read the contract ("
                    + file.toAbsolutePath() + "): " + e.getMessage() + "; check that it is a readable file", e);
        }
        return read(yaml, displayPath);
    }

    /**
     * The names under {@code schemas:} as {@link ContractWriter} lays them out (a line {@code schemas:} at
     * the start, then each schema as a key indented by two spaces, written plain as the writer writes it), found by scanning lines, without
     * reading the contract: so an inspection can start while the contract is read. A guess that the caller
     * checks against {@link Contract#schemas()} once the contract is read; {@code null} when the file is laid
     * out any other way or cannot be read (the real read then says why).
     */
    public static List<String> schemaNamesAsWritten(Path file) {
        List<String> names = new ArrayList<>();
        boolean inSchemas = false;
        try (java.io.BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!inSchemas) {
                    inSchemas = line.equals("schemas:");
                    continue;
                }
                if (line.isEmpty() || line.startsWith("    ") || line.startsWith("#")) {
                    continue;
                }
                if (!line.startsWith(" ")) {
                    break;
                }
                String key = line.length() < 4 || !line.startsWith("  ") || !line.endsWith(":") ? null
                        : line.substring(2, line.length() - 1);
                if (key == null || !YamlScalars.isPlain(key, false)) {
                    return null;
                }
                names.add(key);
            }
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        return inSchemas ? names : null;
    }

    /** Reads a contract from text, for tests and for contracts that are not files. */
    public Contract read(String yaml, String displayPath) {
        return new Parse(new Located(displayPath)).contract(yaml);
    }

    /** The state of reading one file. */
    private static final class Parse {
        private final Located located;
        private final List<Extension> extensions = new ArrayList<>();
        private final List<Schema> schemas = new ArrayList<>();
        private final List<EnumType> enums = new ArrayList<>();
        private final List<Sequence> sequences = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<View> views = new ArrayList<>();
        private final List<Routine> routines = new ArrayList<>();

        Parse(Located located) {
            this.located = located;
        }

        Contract contract(String yaml) {
            Node root = compose(yaml);
            if (Located.isNull(root)) {
                throw located.error(root == null ? new Mark("", 0, 0, 0, new int[0], 0) : root.getStartMark(),
                        "the contract is empty; start it with 'contract: " + VERSION + "'");
            }
            YamlMap top = YamlMap.of(located, root, "the contract").allow(TOP_KEYS);
            checkVersion(top);
            Boolean strict = top.bool("strict");
            Boolean compareOwners = top.bool("compareOwners");
            Boolean compareComments = top.bool("compareComments");
            for (Entry entry : top.map("extensions", "extensions").entries()) {
                extension(top, entry);
            }
            for (Entry entry : top.map("schemas", "schemas").entries()) {
                schema(entry);
            }
            Map<String, String> severities = new LinkedHashMap<>();
            for (Entry entry : top.map("severities", "severities").entries()) {
                severities.put(entry.name(), top.choice(entry.value(), "the severity of " + entry.name(),
                        List.of("ERROR", "WARNING", "INFO", "OFF")));
            }
            Snapshot snapshot = new Snapshot(extensions, schemas, enums, sequences, tables, views, routines, null);
            return new Contract(located.file(), snapshot, Boolean.TRUE.equals(strict),
                    schemas.stream().map(Schema::name).toList(), severities, Boolean.TRUE.equals(compareOwners),
                    Boolean.TRUE.equals(compareComments));
        }

        private Node compose(String yaml) {
            Node written = WrittenYaml.compose(yaml, located.file());
            if (written != null) {
                return written;
            }
            try {
                return new Yaml(loaderOptions()).compose(new StringReader(yaml));
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
                String context = e.getContext() != null && e.getContextMark() != null && e.getProblem() != null
                        ? " (" + e.getContext() + " at line " + (e.getContextMark().getLine() + 1) + ")"
                        : "";
                throw new SchemaVerifyException(ErrorCode.CONTRACT, located.error(mark,
                        "invalid YAML: " + problem + context + "; check the indentation and quoting").getMessage(), e);
            } catch (YAMLException e) {
                throw new SchemaVerifyException(ErrorCode.CONTRACT,
                        located.file() + ":1:1: invalid YAML: " + e.getMessage(), e);
            }
        }

        /**
         * SnakeYAML refuses documents over 3 MiB by default, a guard for services that parse untrusted
         * input; a contract is the project's own file, and the one {@code inspect} writes for 5,000 tables
         * is about 12 MB. Only memory bounds it. Aliases stay limited: a contract never needs them, and
         * their expansion is what makes a small hostile document large.
         */
        private static LoaderOptions loaderOptions() {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            return options;
        }

        private void checkVersion(YamlMap top) {
            Node version = top.value("contract");
            if (version == null) {
                throw located.error(top.node(), "missing 'contract: " + VERSION
                        + "'; add it as the first line to declare the contract format version");
            }
            if (!(version instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)) {
                throw located.error(version, "'contract' must be the format version " + VERSION + ", found "
                        + Located.describe(version));
            }
            if (!scalar.getValue().equals(String.valueOf(VERSION))) {
                throw located.error(version, "unsupported contract version " + scalar.getValue()
                        + "; this schema-verify reads version " + VERSION + " (upgrade schema-verify or write '"
                        + "contract: " + VERSION + "')");
            }
        }

        private void extension(YamlMap top, Entry entry) {
            YamlMap map = YamlMap.of(located, entry.value(), "extension " + entry.name()).allow(EXTENSION_KEYS);
            extensions.add(new Extension(entry.name(), map.text("schema"), map.text("version"), map.source(entry),
                    map.text("comment")));
        }

        private void schema(Entry schemaEntry) {
            String schema = schemaEntry.name();
            String context = "schema " + Identifiers.quote(schema);
            YamlMap map = YamlMap.of(located, schemaEntry.value(), context).allow(SCHEMA_KEYS);
            schemas.add(new Schema(schema, map.text("owner"), located.source(schemaEntry.key()),
                    GrantEntries.read(located, map, "grants", context, SCHEMA_PRIVILEGES),
                    GrantEntries.readDefaults(located, map, context, DEFAULT_PRIVILEGES), map.text("comment")));
            for (Entry entry : map.map("enums", "enums of " + context).entries()) {
                QualifiedName name = new QualifiedName(schema, entry.name());
                if (entry.value() instanceof MappingNode) {
                    // the long form, for an owner or a comment: {labels: [...], owner: ..., comment: ...}
                    YamlMap type = YamlMap.of(located, entry.value(), "enum " + name).allow(ENUM_KEYS);
                    enums.add(new EnumType(name, type.textList("labels"), map.source(entry), type.text("owner"),
                            type.text("comment")));
                } else {
                    enums.add(new EnumType(name, map.textList(entry.value(), "enum " + name), map.source(entry)));
                }
            }
            for (Entry entry : map.map("sequences", "sequences of " + context).entries()) {
                QualifiedName name = new QualifiedName(schema, entry.name());
                YamlMap seq = YamlMap.of(located, entry.value(), "sequence " + name).allow(SEQUENCE_KEYS);
                sequences.add(new Sequence(name, seq.text("type"), seq.integer("start"), seq.integer("increment"),
                        seq.integer("min"), seq.integer("max"), seq.integer("cache"), seq.bool("cycle"),
                        map.source(entry), ownedBy(seq, name), GrantEntries.read(located, seq, "grants",
                                "sequence " + name, SEQUENCE_PRIVILEGES), seq.text("owner"), seq.text("comment")));
            }
            for (Entry entry : map.map("tables", "tables of " + context).entries()) {
                tables.add(table(new QualifiedName(schema, entry.name()), entry, map));
            }
            views(map, schema, "views", false);
            views(map, schema, "materializedViews", true);
            routines(map, schema, "functions", false);
            routines(map, schema, "procedures", true);
        }

        private void views(YamlMap schemaMap, String schema, String key, boolean materialized) {
            String kind = materialized ? "materialized view " : "view ";
            for (Entry entry : schemaMap.map(key, key + " of schema " + Identifiers.quote(schema)).entries()) {
                QualifiedName name = new QualifiedName(schema, entry.name());
                YamlMap view = YamlMap.of(located, entry.value(), kind + name)
                        .allow(materialized ? MATERIALIZED_VIEW_KEYS : VIEW_KEYS);
                List<Index> indexes = new ArrayList<>();
                if (materialized) {
                    for (Entry index : view.map("indexes", "indexes of " + kind + name).entries()) {
                        indexes.add(index(index, kind + name));
                    }
                }
                views.add(new View(name, materialized, view.text("definition"), located.source(entry.key()),
                        materialized ? null : view.choice("checkOption", CHECK_OPTIONS), indexes,
                        materialized ? storage(view.textList("storage")) : null, view.text("owner"),
                        view.text("comment")));
            }
        }

        private void routines(YamlMap schemaMap, String schema, String key, boolean procedure) {
            String kind = procedure ? "procedure" : "function";
            for (Entry entry : schemaMap.map(key, key + " of schema " + Identifiers.quote(schema)).entries()) {
                String signature = entry.name();
                int open = signature.indexOf('(');
                if (open <= 0 || !signature.endsWith(")")) {
                    throw located.error(entry.key(), "the " + kind + " key '" + signature
                            + "' must be name(arguments), e.g. '" + (open == 0 ? "name" : signature) + "()' for no"
                            + " arguments or 'is_member(org uuid)'");
                }
                QualifiedName name = new QualifiedName(schema, signature.substring(0, open));
                String arguments = signature.substring(open + 1, signature.length() - 1).trim();
                YamlMap map = YamlMap.of(located, entry.value(), kind + " " + name + "(" + arguments + ")")
                        .allow(ROUTINE_KEYS);
                String what = kind + " " + name + "(" + arguments + ")";
                routines.add(new Routine(name, arguments, procedure, map.text("returns"), map.text("language"),
                        map.choice("volatility", VOLATILITIES), map.bool("securityDefiner"),
                        map.textList("settings"), map.text("body"), located.source(entry.key()),
                        map.text("arguments"), map.bool("strict"), map.bool("leakproof"),
                        map.choice("parallel", PARALLEL), number(map, "cost", what), number(map, "rows", what),
                        GrantEntries.read(located, map, "grants", what, ROUTINE_PRIVILEGES), null, map.text("owner"),
                        map.text("comment")));
            }
        }

        private String number(YamlMap map, String key, String what) {
            String text = map.text(key);
            try {
                return Routine.plainNumber(text);
            } catch (NumberFormatException e) {
                throw located.error(map.value(key), "'" + key + "' in " + what + " must be a number such as 100, found '"
                        + text + "'");
            }
        }

        private Table table(QualifiedName name, Entry tableEntry, YamlMap schemaMap) {
            String context = "table " + name;
            YamlMap map = YamlMap.of(located, tableEntry.value(), context).allow(TABLE_KEYS);
            YamlMap rls = map.map("rls", "rls of " + context).allow(RLS_KEYS);

            List<Column> columns = new ArrayList<>();
            for (Entry entry : map.map("columns", "columns of " + context).entries()) {
                columns.add(column(entry, context));
            }
            PrimaryKey primaryKey = primaryKey(map, context);

            List<UniqueConstraint> unique = new ArrayList<>();
            for (Entry entry : map.map("unique", "unique of " + context).entries()) {
                String what = "unique constraint " + Identifiers.quote(entry.name()) + " of " + context;
                if (entry.value() instanceof org.yaml.snakeyaml.nodes.MappingNode) {
                    YamlMap constraint = YamlMap.of(located, entry.value(), what).allow(UNIQUE_KEYS);
                    unique.add(new UniqueConstraint(entry.name(), constraint.requiredTextList("columns"),
                            map.source(entry), constraint.bool("deferrable"), constraint.bool("initiallyDeferred"),
                            constraint.text("comment")));
                    continue;
                }
                List<String> uniqueColumns = map.textList(entry.value(), what);
                if (uniqueColumns == null) {
                    throw located.error(entry.key(), what + " needs its columns, e.g. " + entry.name() + ": [email]");
                }
                unique.add(new UniqueConstraint(entry.name(), uniqueColumns, map.source(entry)));
            }

            List<ForeignKey> foreignKeys = new ArrayList<>();
            for (Entry entry : map.map("foreignKeys", "foreignKeys of " + context).entries()) {
                foreignKeys.add(foreignKey(entry, name, context));
            }

            List<CheckConstraint> checks = new ArrayList<>();
            for (Entry entry : map.map("checks", "checks of " + context).entries()) {
                String what = "check constraint " + Identifiers.quote(entry.name()) + " of " + context;
                if (entry.value() instanceof org.yaml.snakeyaml.nodes.MappingNode) {
                    YamlMap check = YamlMap.of(located, entry.value(), what).allow(CHECK_KEYS);
                    checks.add(new CheckConstraint(entry.name(), check.text("expression"), map.source(entry),
                            check.bool("valid"), check.bool("noInherit"), check.text("comment")));
                    continue;
                }
                checks.add(new CheckConstraint(entry.name(), map.text(entry.value(), what), map.source(entry)));
            }

            List<Index> indexes = new ArrayList<>();
            for (Entry entry : map.map("indexes", "indexes of " + context).entries()) {
                indexes.add(index(entry, context));
            }

            List<Policy> policies = new ArrayList<>();
            for (Entry entry : map.map("policies", "policies of " + context).entries()) {
                YamlMap policy = YamlMap.of(located, entry.value(),
                        "policy " + Identifiers.quote(entry.name()) + " of " + context).allow(POLICY_KEYS);
                policies.add(new Policy(entry.name(), policy.bool("permissive"), policy.choice("command", COMMANDS),
                        policy.textList("roles"), policy.text("using"), policy.text("withCheck"),
                        map.source(entry), policy.text("comment")));
            }

            List<Trigger> triggers = new ArrayList<>();
            for (Entry entry : map.map("triggers", "triggers of " + context).entries()) {
                triggers.add(trigger(entry, name, context));
            }

            List<Grant> grants = GrantEntries.read(located, map, "grants", context, PRIVILEGES);

            String partitionOfText = map.text("partitionOf");
            QualifiedName partitionOf = partitionOfText == null ? null
                    : qualified(partitionOfText, name.schema(), map.value("partitionOf"), "'partitionOf' of " + context);
            String bound = map.text("partitionBound");
            if ((partitionOf == null) != (bound == null)) {
                throw located.error(map.value(partitionOf == null ? "partitionBound" : "partitionOf"), context
                        + " declares " + (partitionOf == null ? "'partitionBound' without 'partitionOf'"
                                : "'partitionOf' without 'partitionBound'")
                        + "; a partition needs both, e.g. partitionOf: events and partitionBound: \"FOR VALUES FROM"
                        + " ('2024-01-01') TO ('2025-01-01')\" (or DEFAULT)");
            }
            if (partitionOf != null && !columns.isEmpty()) {
                throw located.error(map.value("columns"), context + " is a partition of " + partitionOf
                        + ": its columns are its parent's; declare them on " + partitionOf + " and remove 'columns' here");
            }
            List<QualifiedName> inherits = new ArrayList<>();
            List<String> parents = map.textList("inherits");
            if (parents != null) {
                for (String parent : parents) {
                    inherits.add(qualified(parent, name.schema(), map.value("inherits"), "'inherits' of " + context));
                }
            }
            return new Table(name, columns, primaryKey, unique, foreignKeys, checks, indexes, rls.bool("enabled"),
                    rls.bool("forced"), policies, triggers, grants == null ? List.of() : grants, schemaMap.source(tableEntry),
                    map.text("partitionBy"), partitionOf, bound, inherits, map.bool("unlogged"),
                    storage(map.textList("storage")), replicaIdentity(map, context), map.text("owner"),
                    map.text("comment"));
        }

        /** {@code fillfactor = 70} as PostgreSQL keeps it: {@code fillfactor=70}, the name in lower case. */
        private static List<String> storage(List<String> options) {
            if (options == null) {
                return null;
            }
            return options.stream().map(option -> {
                int equals = option.indexOf('=');
                return equals < 0 ? option.strip().toLowerCase(java.util.Locale.ROOT)
                        : option.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT) + "="
                                + option.substring(equals + 1).strip();
            }).toList();
        }

        private Index index(Entry entry, String context) {
            YamlMap index = YamlMap.of(located, entry.value(),
                    "index " + Identifiers.quote(entry.name()) + " of " + context).allow(INDEX_KEYS);
            return new Index(entry.name(), index.bool("unique"), index.text("method"), index.textList("columns"),
                    index.textList("include"), index.text("where"), index.source(entry), index.text("comment"));
        }

        /** {@code DEFAULT}, {@code FULL}, {@code NOTHING} or {@code INDEX name}, key words in upper case. */
        private String replicaIdentity(YamlMap table, String context) {
            String text = table.text("replicaIdentity");
            if (text == null) {
                return null;
            }
            String trimmed = text.trim();
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (REPLICA_IDENTITIES.contains(upper)) {
                return upper;
            }
            if (upper.startsWith("INDEX ") && trimmed.length() > 6) {
                return "INDEX " + trimmed.substring(6).trim();
            }
            throw located.error(table.value("replicaIdentity"), "invalid value '" + text + "' for 'replicaIdentity' in "
                    + context + "; valid values are DEFAULT, FULL, NOTHING and INDEX index_name");
        }

        /** {@code table.column} (in the sequence's schema) or {@code schema.table.column}, written back quoted. */
        private String ownedBy(YamlMap sequence, QualifiedName name) {
            String text = sequence.text("ownedBy");
            if (text == null) {
                return null;
            }
            if (text.trim().equalsIgnoreCase("none")) {
                return "NONE";
            }
            List<String> parts = Identifiers.splitQualified(text);
            if (parts.size() == 2) {
                parts = List.of(name.schema(), parts.get(0), parts.get(1));
            }
            if (parts.size() != 3) {
                throw located.error(sequence.value("ownedBy"), "'ownedBy' in sequence " + name
                        + " must be table.column, schema.table.column or NONE, found '" + text + "'");
            }
            return String.join(".", parts.stream().map(Identifiers::quote).toList());
        }

        private Column column(Entry entry, String tableContext) {
            String context = "column " + Identifiers.quote(entry.name()) + " of " + tableContext;
            if (entry.value() instanceof ScalarNode scalar && !Located.isNull(scalar)) {
                return new Column(entry.name(), scalar.getValue(), null, null, null, null,
                        located.source(entry.key()));
            }
            if (Located.isNull(entry.value())) {
                throw located.error(entry.key(), context + " needs a type; write '" + entry.name()
                        + ": text' or '" + entry.name() + ": {type: text, nullable: false}'");
            }
            YamlMap map = YamlMap.of(located, entry.value(), context).allow(COLUMN_KEYS);
            if (map.text("type") == null) {
                throw located.error(entry.key(), context + " needs a type; add 'type: ...' such as 'type: text'");
            }
            IdentityOptions options = null;
            if (!Located.isNull(map.value("identityOptions"))) {
                YamlMap o = map.map("identityOptions", "identityOptions of " + context).allow(IDENTITY_OPTION_KEYS);
                options = new IdentityOptions(o.integer("start"), o.integer("increment"), o.integer("min"),
                        o.integer("max"), o.integer("cache"), o.bool("cycle"), o.text("sequence"));
            }
            return new Column(entry.name(), map.text("type"), map.bool("nullable"), map.text("default"),
                    map.choice("identity", IDENTITIES), map.text("generated"), located.source(entry.key()),
                    map.text("collation"), options, map.text("comment"));
        }

        private PrimaryKey primaryKey(YamlMap table, String context) {
            Node value = table.value("primaryKey");
            if (Located.isNull(value)) {
                return null;
            }
            if (value instanceof SequenceNode) {
                return new PrimaryKey(null, table.textList("primaryKey"), table.source("primaryKey"));
            }
            YamlMap map = YamlMap.of(located, value, "primaryKey of " + context).allow(PRIMARY_KEY_KEYS);
            return new PrimaryKey(map.text("name"), map.requiredTextList("columns"), table.source("primaryKey"),
                    map.bool("deferrable"), map.bool("initiallyDeferred"), map.text("comment"));
        }

        private ForeignKey foreignKey(Entry entry, QualifiedName table, String tableContext) {
            String context = "foreign key " + Identifiers.quote(entry.name()) + " of " + tableContext;
            YamlMap map = YamlMap.of(located, entry.value(), context).allow(FOREIGN_KEY_KEYS);
            List<String> columns = map.requiredTextList("columns");
            if (Located.isNull(map.value("references"))) {
                throw located.error(entry.key(), context
                        + " needs 'references: {table: ..., columns: [...]}' naming the referenced table");
            }
            YamlMap references = map.map("references", "references of " + context).allow(REFERENCES_KEYS);
            Node tableNode = references.value("table");
            QualifiedName referenced = qualified(references.requiredText("table"), table.schema(), tableNode,
                    "'table' in references of " + context);
            return new ForeignKey(entry.name(), columns, referenced, references.textList("columns"),
                    map.choice("onDelete", ACTIONS), map.choice("onUpdate", ACTIONS), map.bool("deferrable"),
                    map.bool("initiallyDeferred"), located.source(entry.key()), map.bool("valid"),
                    map.textList("onDeleteColumns"), map.text("comment"));
        }

        private Trigger trigger(Entry entry, QualifiedName table, String tableContext) {
            String context = "trigger " + Identifiers.quote(entry.name()) + " of " + tableContext;
            YamlMap map = YamlMap.of(located, entry.value(), context).allow(TRIGGER_KEYS);
            List<String> events = null;
            Node eventsNode = map.value("events");
            if (!Located.isNull(eventsNode)) {
                if (!(eventsNode instanceof SequenceNode sequence)) {
                    throw located.error(eventsNode, "'events' in " + context
                            + " must be a list such as [INSERT, UPDATE], found " + Located.describe(eventsNode));
                }
                events = new ArrayList<>();
                for (Node event : sequence.getValue()) {
                    events.add(map.choice(event, "'events' in " + context, EVENTS));
                }
                events.sort(Comparator.comparingInt(EVENTS::indexOf));
            }
            String function = map.text("function");
            if (function != null) {
                function = qualified(function, table.schema(), map.value("function"), "'function' in " + context)
                        .toString();
            }
            return new Trigger(entry.name(), map.choice("timing", TIMINGS), events, map.choice("level", LEVELS),
                    function, map.text("when"), located.source(entry.key()), map.textList("arguments"),
                    map.textList("columns"), map.bool("constraint"), map.bool("deferrable"),
                    map.bool("initiallyDeferred"), map.text("comment"));
        }

        private QualifiedName qualified(String text, String schema, Node at, String what) {
            try {
                return QualifiedName.parse(text, schema);
            } catch (IllegalArgumentException e) {
                throw located.error(at, what + " must be name or schema.name (double-quote parts with dots or"
                        + " capitals: '\"My.Schema\".\"Table\"'), found '" + text + "'");
            }
        }
    }
}
