package dev.schemaverify.access;

import dev.schemaverify.access.AccessTests.Actor;
import dev.schemaverify.access.AccessTests.Fixture;
import dev.schemaverify.access.AccessTests.Matrix;
import dev.schemaverify.access.AccessTests.Value;
import dev.schemaverify.access.Expectation.Kind;
import dev.schemaverify.access.YamlNodes.Entry;
import dev.schemaverify.model.Docs;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.SourceRef;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an access-test file (the format is {@code docs/access-tests.md}). It reads the YAML as nodes, not
 * as maps, so every error points at the entry it is about: {@code file:line:col: error
 * [invalid-access-test] ...}. Whatever can be checked without a database is checked here (names that
 * refer to fixtures, one statement kind per check, expectations that fit the kind); roles, tables and
 * functions are checked when the tests run.
 */
public final class AccessTestReader {
    static final List<String> TOP = List.of("fixtures", "actors", "matrix");
    static final List<String> FIXTURE = List.of("table", "as", "actor", "values");
    static final List<String> ACTOR = List.of("role", "as", "settings", "checks");
    static final List<String> AS = List.of("role", "claims");
    static final List<String> STATEMENTS = List.of("select", "insert", "update", "delete", "call", "assert");
    static final List<String> CHECK = List.of("name", "select", "insert", "update", "delete", "call", "assert",
            "where", "values", "set", "row", "args", "expect");
    static final List<String> MATRIX = List.of("roles", "schemas", "expect");
    static final List<String> COMMANDS = List.of("select", "insert", "update", "delete");
    static final List<String> DEFAULT_ROLES = List.of("anon", "authenticated");
    private static final Pattern SQLSTATE = Pattern.compile("[0-9A-Z]{5}");
    private static final Pattern SETTING = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)+");

    /** Reads the file at {@code file}, named {@code display} in messages. */
    public AccessTests read(Path file, String display) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SchemaVerifyException(ErrorCode.ACCESS_TESTS, display + ": the access-test file does not exist;"
                    + " create it (the format: " + Docs.url("access-tests.md") + ") or point the accessTests setting at it", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SchemaVerifyException(ErrorCode.ACCESS_TESTS, display + ": cannot read the access-test file: "
                    + e.getMessage(), e);
        }
        return read(text, display);
    }

    /** Reads access tests from text; {@code display} names the file in messages. */
    public AccessTests read(String yaml, String display) {
        YamlNodes nodes = new YamlNodes(display);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourceRef at = mark == null ? SourceRef.file(display)
                    : new SourceRef(display, mark.getLine() + 1, mark.getColumn() + 1);
            throw new SchemaVerifyException(ErrorCode.ACCESS_TESTS, at + ": error [" + YamlNodes.CODE
                    + "] not valid YAML: " + e.getProblem(), e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new SchemaVerifyException(ErrorCode.ACCESS_TESTS, display + ": error [" + YamlNodes.CODE
                    + "] not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw nodes.error(SourceRef.file(display), "the file is empty; declare fixtures, actors with checks,"
                    + " or matrix: true");
        }
        return new Parse(nodes).file(root, display);
    }

    /** The state of reading one file. */
    private static final class Parse {
        private final YamlNodes nodes;
        private final Map<String, Fixture> fixtures = new LinkedHashMap<>();
        private final Map<String, SourceRef> checkNames = new HashMap<>();
        private Set<String> allFixtures = Set.of();

        Parse(YamlNodes nodes) {
            this.nodes = nodes;
        }

        AccessTests file(Node root, String display) {
            if (!(root instanceof MappingNode)) {
                throw nodes.error(root, "an access-test file is a map with fixtures, actors and matrix, found "
                        + YamlNodes.describe(root));
            }
            Map<String, Entry> top = nodes.map(root, "the access-test file", TOP);
            Entry fixtureEntry = top.get("fixtures");
            Map<String, Entry> fixtureEntries = fixtureEntry == null ? Map.of()
                    : nodes.map(fixtureEntry.value(), "fixtures", null);
            allFixtures = fixtureEntries.keySet();
            Map<String, Entry> actorEntries = top.containsKey("actors")
                    ? nodes.map(top.get("actors").value(), "actors", null) : Map.of();
            for (Entry entry : fixtureEntries.values()) {
                Fixture fixture = fixture(entry, actorEntries.keySet());
                fixtures.put(fixture.name(), fixture);
            }
            List<Actor> actors = new ArrayList<>();
            for (Entry entry : actorEntries.values()) {
                actors.add(actor(entry));
            }
            Matrix matrix = top.containsKey("matrix") ? matrix(top.get("matrix")) : null;
            if (actors.stream().allMatch(a -> a.checks().isEmpty()) && matrix == null) {
                throw nodes.error(root, "the file declares no checks: give an actor a checks: list, or add"
                        + " matrix: true");
            }
            return new AccessTests(display, List.copyOf(fixtures.values()), actors, matrix);
        }

        private Fixture fixture(Entry entry, Set<String> actorNames) {
            String context = "fixture '" + entry.name() + "'";
            Map<String, Entry> keys = nodes.map(entry.value(), context, FIXTURE);
            if (YamlNodes.isNull(entry.value())) {
                throw nodes.error(entry.key(), context + " needs table: and values:");
            }
            Entry table = keys.get("table");
            if (table == null) {
                throw nodes.error(entry.key(), context + " has no table; add table: schema.name");
            }
            String role = keys.containsKey("as") ? nodes.requiredText(keys.get("as"), "'as' of " + context) : null;
            if ("owner".equals(role)) {
                role = null;
            }
            String actor = keys.containsKey("actor") ? nodes.requiredText(keys.get("actor"), "'actor' of " + context)
                    : null;
            if (actor != null && role != null) {
                throw nodes.error(keys.get("actor").key(), context + " names both a role (as) and an actor; keep one");
            }
            if (actor != null && !actorNames.contains(actor)) {
                throw nodes.error(keys.get("actor").value(), context + " is inserted by actor '" + actor
                        + "', which is not declared under actors");
            }
            Map<String, Value> values = values(keys.get("values"), context, true);
            return new Fixture(entry.name(), nodes.requiredText(table, "'table' of " + context), role, actor, values,
                    nodes.source(entry.key()), nodes.source(table.value()));
        }

        /** Column or setting values; in a fixture a reference must name an earlier fixture. */
        private Map<String, Value> values(Entry entry, String context, boolean earlierOnly) {
            Map<String, Value> values = new LinkedHashMap<>();
            if (entry == null) {
                return values;
            }
            for (Entry column : nodes.map(entry.value(), "'" + entry.name() + "' of " + context, null).values()) {
                values.put(column.name(), value(column.value(), "'" + column.name() + "' of " + context, earlierOnly));
            }
            return values;
        }

        private Value value(Node node, String what, boolean earlierOnly) {
            if (node instanceof MappingNode) {
                Map<String, Entry> ref = nodes.map(node, what, List.of("ref"));
                Entry target = ref.get("ref");
                if (target == null) {
                    throw nodes.error(node, what + ": a map value must be {ref: fixture.column}");
                }
                String text = nodes.requiredText(target, "the ref of " + what);
                int dot = text.indexOf('.');
                if (dot <= 0 || dot == text.length() - 1) {
                    throw nodes.error(target.value(), "the ref of " + what + " must be fixture.column, found '"
                            + text + "'");
                }
                String fixture = text.substring(0, dot);
                if (!(earlierOnly ? fixtures.containsKey(fixture) : allFixtures.contains(fixture))) {
                    throw nodes.error(target.value(), what + " refers to fixture '" + fixture + "', which is not"
                            + (earlierOnly && allFixtures.contains(fixture) ? " declared before it (fixtures are"
                                    + " inserted in file order)" : " declared under fixtures"));
                }
                return new Value(null, fixture, text.substring(dot + 1), nodes.source(target.value()));
            }
            return Value.literal(nodes.text(node, what), nodes.source(node));
        }

        private Actor actor(Entry entry) {
            String context = "actor '" + entry.name() + "'";
            Map<String, Entry> keys = nodes.map(entry.value(), context, ACTOR);
            if (keys.containsKey("role") && keys.containsKey("as")) {
                throw nodes.error(keys.get("as").key(), context + " sets both role and as; keep one (as: {role: ...,"
                        + " claims: {...}} sets the role too)");
            }
            String role = null;
            SourceRef roleSource = nodes.source(entry.key());
            Map<String, Value> claims = new LinkedHashMap<>();
            if (keys.containsKey("role")) {
                role = nodes.requiredText(keys.get("role"), "'role' of " + context);
                roleSource = nodes.source(keys.get("role").value());
            } else if (keys.containsKey("as")) {
                Entry as = keys.get("as");
                Map<String, Entry> asKeys = nodes.map(as.value(), "'as' of " + context, AS);
                if (!asKeys.containsKey("role")) {
                    throw nodes.error(as.key(), "'as' of " + context + " needs a role: as: {role: authenticated,"
                            + " claims: {sub: ...}}");
                }
                role = nodes.requiredText(asKeys.get("role"), "'role' of " + context);
                roleSource = nodes.source(asKeys.get("role").value());
                claims = values(asKeys.get("claims"), context, false);
            }
            Map<String, Value> settings = values(keys.get("settings"), context, false);
            for (Map.Entry<String, Value> setting : settings.entrySet()) {
                if (!SETTING.matcher(setting.getKey()).matches()) {
                    throw nodes.error(setting.getValue().source(), "setting '" + setting.getKey() + "' of " + context
                            + " must be a custom setting with a dot (app.current_tenant); SET LOCAL ROLE and"
                            + " statement_timeout are the runner's");
                }
            }
            List<Check> checks = new ArrayList<>();
            if (keys.containsKey("checks")) {
                for (Node item : nodes.list(keys.get("checks").value(), "'checks' of " + context)) {
                    checks.add(check(item, entry.name(), context));
                }
            }
            return new Actor(entry.name(), role, claims, settings, checks, nodes.source(entry.key()), roleSource);
        }

        private Check check(Node node, String actor, String actorContext) {
            Map<String, Entry> keys = nodes.map(node, "a check of " + actorContext, CHECK);
            Entry nameEntry = keys.get("name");
            if (nameEntry == null) {
                throw nodes.error(node, "a check of " + actorContext + " has no name; add name: (it is the test"
                        + " case's name in the reports)");
            }
            String name = nodes.requiredText(nameEntry, "the name of a check of " + actorContext);
            String context = "check '" + name + "'";
            SourceRef source = nodes.source(nameEntry.value());
            SourceRef before = checkNames.putIfAbsent(name, source);
            if (before != null) {
                throw nodes.error(nameEntry.value(), "two checks are named '" + name + "' (first at line "
                        + before.line() + "); names must be unique, they are the test cases");
            }
            List<String> statements = STATEMENTS.stream().filter(keys::containsKey).toList();
            if (statements.size() != 1) {
                throw nodes.error(nameEntry.key(), context + " must have exactly one of " + String.join(", ", STATEMENTS)
                        + (statements.isEmpty() ? "" : "; found " + String.join(" and ", statements)));
            }
            String kind = statements.get(0);
            Entry statement = keys.get(kind);
            String target = nodes.requiredText(statement, "'" + kind + "' of " + context);
            SourceRef targetSource = nodes.source(statement.value());
            allowOnly(keys, kind, context);
            Entry expect = keys.get("expect");
            if (expect == null && !kind.equals("assert")) {
                throw nodes.error(nameEntry.key(), context + " has no expect; add expect: "
                        + switch (kind) {
                            case "select" -> "none, {rows: [fixture, ...]}, {count: N} or denied";
                            case "call" -> "allowed, {returns: value} or denied";
                            default -> "allowed, {allowed: N} (rows affected) or denied ({denied: 42501}, {denied: rls})";
                        });
            }
            String where = keys.containsKey("where") ? nodes.requiredText(keys.get("where"), "'where' of " + context)
                    : null;
            return switch (kind) {
                case "select" -> new Check.Select(name, actor, target, where, selectExpect(expect, context), source,
                        targetSource);
                case "assert" -> new Check.Assertion(name, actor, target, assertExpect(expect, context, nameEntry),
                        source, targetSource);
                case "call" -> new Check.Call(name, actor, target, args(keys.get("args"), context),
                        callExpect(expect, context), source, targetSource);
                default -> write(kind, name, actor, target, keys, where, expect, context, source, targetSource);
            };
        }

        /** Keys that belong to another statement kind are errors, so a misplaced key is not ignored. */
        private void allowOnly(Map<String, Entry> keys, String kind, String context) {
            List<String> allowed = switch (kind) {
                case "select" -> List.of("where");
                case "insert" -> List.of("values");
                case "update" -> List.of("set", "row", "where");
                case "delete" -> List.of("row", "where");
                case "call" -> List.of("args");
                default -> List.of();
            };
            for (String key : List.of("where", "values", "set", "row", "args")) {
                if (keys.containsKey(key) && !allowed.contains(key)) {
                    throw nodes.error(keys.get(key).key(), "'" + key + "' does not apply to a " + kind + " check ("
                            + context + ")" + (allowed.isEmpty() ? "" : "; it takes " + String.join(", ", allowed)));
                }
            }
        }

        private Check write(String kind, String name, String actor, String table, Map<String, Entry> keys, String where,
                Entry expect, String context, SourceRef source, SourceRef tableSource) {
            Check.Command command = Check.Command.valueOf(kind.toUpperCase(Locale.ROOT));
            Map<String, Value> values = values(keys.get(command == Check.Command.INSERT ? "values" : "set"), context,
                    false);
            if (command == Check.Command.INSERT && values.isEmpty()) {
                throw nodes.error(keys.get("insert").key(), context + " inserts nothing; add values: {column: value}");
            }
            if (command == Check.Command.UPDATE && values.isEmpty()) {
                throw nodes.error(keys.get("update").key(), context + " sets nothing; add set: {column: value}");
            }
            String row = null;
            if (keys.containsKey("row")) {
                Entry rowEntry = keys.get("row");
                row = nodes.requiredText(rowEntry, "'row' of " + context);
                if (!allFixtures.contains(row)) {
                    throw nodes.error(rowEntry.value(), "'row' of " + context + " names fixture '" + row
                            + "', which is not declared under fixtures");
                }
                if (where != null) {
                    throw nodes.error(rowEntry.key(), context + " has both row and where; keep one");
                }
            }
            return new Check.Write(name, actor, command, table, values, row, where, writeExpect(expect, context),
                    source, tableSource);
        }

        private List<Value> args(Entry entry, String context) {
            if (entry == null) {
                return List.of();
            }
            List<Value> args = new ArrayList<>();
            for (Node item : nodes.list(entry.value(), "'args' of " + context)) {
                args.add(value(item, "an argument of " + context, false));
            }
            return args;
        }

        /** {@code expect: word} or {@code expect: {word: value}}: the word and the value node. */
        private Map.Entry<String, Node> form(Entry expect, String context, List<String> words) {
            Node node = expect.value();
            if (node instanceof ScalarNode scalar && !YamlNodes.isNull(scalar)) {
                String word = scalar.getValue();
                if (!words.contains(word)) {
                    throw nodes.error(node, "invalid expect '" + word + "' for " + context + "; use one of "
                            + String.join(", ", words));
                }
                return Map.entry(word, node);
            }
            Map<String, Entry> keys = nodes.map(node, "'expect' of " + context, words);
            if (keys.size() != 1) {
                throw nodes.error(expect.key(), "'expect' of " + context + " needs exactly one of "
                        + String.join(", ", words));
            }
            Entry only = keys.values().iterator().next();
            return Map.entry(only.name(), only.value());
        }

        private Expectation selectExpect(Entry expect, String context) {
            var form = form(expect, context, List.of("none", "rows", "count", "denied"));
            SourceRef at = nodes.source(expect.value());
            return switch (form.getKey()) {
                case "none" -> new Expectation(Kind.NONE, null, null, null, null, at);
                case "rows" -> {
                    List<String> rows = nodes.names(form.getValue(), "'rows' of " + context);
                    for (int i = 0; i < rows.size(); i++) {
                        if (!allFixtures.contains(rows.get(i))) {
                            throw nodes.error(nodes.list(form.getValue(), "rows").get(i), "'rows' of " + context
                                    + " names fixture '" + rows.get(i) + "', which is not declared under fixtures");
                        }
                    }
                    yield new Expectation(rows.isEmpty() ? Kind.NONE : Kind.ROWS, rows, null, null, null, at);
                }
                case "count" -> new Expectation(Kind.COUNT, null, nodes.count(form.getValue(), "'count' of " + context),
                        null, null, at);
                default -> denied(form.getValue(), context, at);
            };
        }

        private Expectation writeExpect(Entry expect, String context) {
            var form = form(expect, context, List.of("allowed", "denied"));
            SourceRef at = nodes.source(expect.value());
            if (form.getKey().equals("denied")) {
                return denied(form.getValue(), context, at);
            }
            Node count = form.getValue();
            boolean bare = count instanceof ScalarNode s && "allowed".equals(s.getValue()) && count == expect.value();
            return new Expectation(Kind.ALLOWED, null, bare || YamlNodes.isNull(count) ? null
                    : nodes.count(count, "'allowed' of " + context + " (the rows affected)"), null, null, at);
        }

        private Expectation callExpect(Entry expect, String context) {
            var form = form(expect, context, List.of("allowed", "returns", "denied"));
            SourceRef at = nodes.source(expect.value());
            return switch (form.getKey()) {
                case "allowed" -> new Expectation(Kind.ALLOWED, null, null, null, null, at);
                case "returns" -> new Expectation(Kind.ALLOWED, null, null, null,
                        String.valueOf(nodes.text(form.getValue(), "'returns' of " + context)), at);
                default -> denied(form.getValue(), context, at);
            };
        }

        private Expectation assertExpect(Entry expect, String context, Entry nameEntry) {
            if (expect == null) {
                return new Expectation(Kind.TRUE, null, null, null, null, nodes.source(nameEntry.key()));
            }
            SourceRef at = nodes.source(expect.value());
            if (expect.value() instanceof ScalarNode scalar && scalar.getTag().equals(org.yaml.snakeyaml.nodes.Tag.BOOL)) {
                return new Expectation(nodes.bool(scalar, "'expect' of " + context) ? Kind.TRUE : Kind.FALSE, null, null,
                        null, null, at);
            }
            if (expect.value() instanceof ScalarNode) {
                throw nodes.error(expect.value(), "'expect' of " + context + " must be true, false, {equals: N},"
                        + " {atLeast: N} or {atMost: N}, found " + YamlNodes.describe(expect.value()));
            }
            var form = form(expect, context, List.of("equals", "atLeast", "atMost"));
            long number = nodes.number(form.getValue(), "'" + form.getKey() + "' of " + context);
            Kind kind = switch (form.getKey()) {
                case "equals" -> Kind.EQUALS;
                case "atLeast" -> Kind.AT_LEAST;
                default -> Kind.AT_MOST;
            };
            return new Expectation(kind, null, number, null, null, at);
        }

        private Expectation denied(Node value, String context, SourceRef at) {
            String denial = null;
            if (value instanceof ScalarNode scalar && !"denied".equals(scalar.getValue()) && !YamlNodes.isNull(scalar)) {
                denial = scalar.getValue();
                if (!denial.equals("rls") && !denial.equals("privilege") && !SQLSTATE.matcher(denial).matches()) {
                    throw nodes.error(value, "'denied' of " + context + " must be a SQLSTATE (42501), rls (a"
                            + " row-level security policy refuses the row) or privilege (a missing grant), found '"
                            + denial + "'");
                }
            } else if (!(value instanceof ScalarNode)) {
                throw nodes.error(value, "'denied' of " + context + " must be a SQLSTATE, rls or privilege, found "
                        + YamlNodes.describe(value));
            }
            return new Expectation(Kind.DENIED, null, null, denial, null, at);
        }

        private Matrix matrix(Entry entry) {
            Node node = entry.value();
            SourceRef at = nodes.source(entry.key());
            if (node instanceof ScalarNode) {
                return nodes.bool(node, "matrix") ? new Matrix(DEFAULT_ROLES, List.of(), Map.of(), Map.of(), at, at)
                        : null;
            }
            Map<String, Entry> keys = nodes.map(node, "matrix", MATRIX);
            List<String> roles = keys.containsKey("roles") ? nodes.names(keys.get("roles").value(), "'roles' of matrix")
                    : DEFAULT_ROLES;
            if (roles.isEmpty()) {
                throw nodes.error(keys.get("roles").value(), "'roles' of matrix is empty; name the API roles to try");
            }
            SourceRef rolesSource = keys.containsKey("roles") ? nodes.source(keys.get("roles").value()) : at;
            List<String> schemas = keys.containsKey("schemas")
                    ? nodes.names(keys.get("schemas").value(), "'schemas' of matrix") : List.of();
            Map<String, Map<String, Map<String, String>>> pinned = new LinkedHashMap<>();
            Map<String, SourceRef> sources = new LinkedHashMap<>();
            if (keys.containsKey("expect")) {
                for (Entry table : nodes.map(keys.get("expect").value(), "'expect' of matrix", null).values()) {
                    String tableContext = "matrix entry '" + table.name() + "'";
                    Map<String, Map<String, String>> byRole = new LinkedHashMap<>();
                    for (Entry role : nodes.map(table.value(), tableContext, roles).values()) {
                        Map<String, String> cells = new LinkedHashMap<>();
                        String roleContext = "role " + role.name() + " of " + tableContext;
                        Map<String, Entry> commands = nodes.map(role.value(), roleContext, COMMANDS);
                        for (String command : COMMANDS) {
                            Entry cell = commands.get(command);
                            if (cell == null) {
                                throw nodes.error(role.key(), roleContext + " does not pin " + command
                                        + "; pin all of select, insert, update, delete");
                            }
                            cells.put(command, cell(cell, command, roleContext));
                        }
                        byRole.put(role.name(), cells);
                    }
                    for (String role : roles) {
                        if (!byRole.containsKey(role)) {
                            throw nodes.error(table.key(), tableContext + " does not pin role " + role
                                    + "; pin every role of matrix roles");
                        }
                    }
                    pinned.put(table.name(), byRole);
                    sources.put(table.name(), nodes.source(table.key()));
                }
            }
            return new Matrix(roles, schemas, pinned, sources, at, rolesSource);
        }

        /** A pinned cell: {@code denied}, {@code allowed} (insert) or a row count (select, update, delete). */
        private String cell(Entry cell, String command, String context) {
            String text = nodes.text(cell.value(), command + " of " + context);
            if ("denied".equals(text) || ("insert".equals(command) && "allowed".equals(text))) {
                return text;
            }
            if (!"insert".equals(command) && text != null && text.matches("[0-9]+")) {
                return text;
            }
            throw nodes.error(cell.value(), command + " of " + context + " must be denied or "
                    + ("insert".equals(command) ? "allowed" : "the number of rows (0, 1, ...)") + ", found "
                    + YamlNodes.describe(cell.value()));
        }
    }
}
