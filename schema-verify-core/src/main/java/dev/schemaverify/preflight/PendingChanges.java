package dev.schemaverify.preflight;

import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.SqlSplitter;
import dev.schemaverify.migrate.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the pending migrations will need from the target, read from their statements before anything runs:
 * the tables they lock (so sessions holding those locks can be named) and the extensions they create (so
 * a missing one is found before the deploy, not half-way through it).
 *
 * <p>The statements are recognised by their leading keywords ({@code ALTER TABLE t}, {@code CREATE INDEX
 * ... ON t}, {@code CREATE TABLE t}, {@code INSERT INTO t}, {@code REFERENCES t}...), the way a reviewer reads a migration: no
 * statement is run. A migration that is not SQL text (a Liquibase change type) is listed as unread, so
 * the report says which migrations' tables were not known instead of passing them silently.
 *
 * @param tables every table a pending statement locks, in migration order
 * @param extensions every extension a pending {@code CREATE EXTENSION} creates
 * @param unread the pending migrations whose text could not be read, one line each
 */
public record PendingChanges(List<Use> tables, List<Use> extensions, List<String> unread) {
    public PendingChanges {
        tables = List.copyOf(tables);
        extensions = List.copyOf(extensions);
        unread = List.copyOf(unread);
    }

    /**
     * One object a pending statement uses.
     *
     * @param name the table as PostgreSQL resolves it, quoted ({@code "public"."users"}, or {@code "users"}
     *     for the search path); an extension's plain name
     * @param display the name as a person reads it ({@code public.users})
     * @param ddl whether the statement changes the table's definition (ALTER, DROP, CREATE INDEX, a trigger,
     *     a policy, a foreign key): that needs the table's owner, a row change only a privilege
     * @param location the statement's {@code file:line:col}
     * @param words every identifier the statement names, as PostgreSQL folds them: which columns, indexes
     *     and constraints of the table it creates or changes
     */
    public record Use(String name, String display, boolean ddl, String location, java.util.Set<String> words) {
        public Use {
            words = java.util.Set.copyOf(words);
        }

        public Use(String name, String display, boolean ddl, String location) {
            this(name, display, ddl, location, java.util.Set.of());
        }
    }

    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)";
    private static final String NAME = "(" + IDENT + "(?:\\s*\\.\\s*" + IDENT + ")?)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    /** Statements whose target table is named at their head, and whether they change its definition. */
    private static final List<Head> HEADS = List.of(
            new Head(true, "^CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + NAME),
            new Head(true, "^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + NAME),
            new Head(true, "^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?" + NAME),
            new Head(true, "^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?(?:(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + IDENT + "\\s+)?ON\\s+(?:ONLY\\s+)?" + NAME),
            new Head(true, "^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:CONSTRAINT\\s+)?TRIGGER\\s+.*?\\s+ON\\s+" + NAME),
            new Head(true, "^(?:CREATE|ALTER|DROP)\\s+POLICY\\s+(?:IF\\s+EXISTS\\s+)?" + IDENT + "\\s+ON\\s+" + NAME),
            new Head(true, "^(?:TRUNCATE|VACUUM|CLUSTER|REINDEX\\s+TABLE|LOCK)\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?" + NAME),
            new Head(false, "^INSERT\\s+INTO\\s+" + NAME),
            new Head(false, "^UPDATE\\s+(?:ONLY\\s+)?" + NAME),
            new Head(false, "^DELETE\\s+FROM\\s+(?:ONLY\\s+)?" + NAME));
    /** A foreign key locks the table it references too. */
    private static final Pattern REFERENCES = Pattern.compile("\\bREFERENCES\\s+" + NAME, FLAGS);
    private static final Pattern DROP_TABLES = Pattern.compile("^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.*?)"
            + "(?:\\s+(?:CASCADE|RESTRICT))?$", FLAGS);
    private static final Pattern EXTENSION = Pattern.compile(
            "^CREATE\\s+EXTENSION\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + IDENT + ")", FLAGS);
    private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    private record Head(boolean ddl, Pattern pattern) {
        Head(boolean ddl, String regex) {
            this(ddl, Pattern.compile(regex, FLAGS));
        }
    }

    /**
     * The pending statement that creates or changes what a drift finding is about, or {@code null}: the
     * extension it creates; for a table, any statement that changes its definition; for a part of a table (a
     * column, an index, a constraint, a policy), a statement on that table that names the part. An
     * unqualified table name in a migration stands for that table in any schema.
     *
     * @param group the finding's group ({@code table public.accounts}, {@code extension pgcrypto})
     * @param kind the finding's subject kind ({@code column})
     * @param name the finding's subject name ({@code public.accounts.email})
     */
    public Use changing(String group, String kind, String name) {
        int space = group.indexOf(' ');
        String groupKind = space < 0 ? group : group.substring(0, space);
        String table = space < 0 ? "" : group.substring(space + 1);
        if (groupKind.equals("extension")) {
            return extensions.stream().filter(u -> u.display().equals(table)).findFirst().orElse(null);
        }
        if (!groupKind.equals("table")) {
            return null;
        }
        String bare = table.substring(table.indexOf('.') + 1);
        String part = name.startsWith(table + ".") ? name.substring(table.length() + 1) : null;
        return tables.stream().filter(u -> u.ddl() && (u.display().equals(table) || u.display().equals(bare)))
                .filter(u -> kind.equals("table") || part != null && u.words().contains(part))
                .findFirst().orElse(null);
    }

    /** The changes of {@code pending}, read from each step's SQL text. */
    public static PendingChanges of(List<MigrationStep> pending) {
        List<Use> tables = new ArrayList<>();
        List<Use> extensions = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (MigrationStep step : pending) {
            String text = step.forwardText();
            if (text == null) {
                unread.add("migration " + step.location() + ": not SQL text, so the tables it locks and the"
                        + " extensions it needs are not known");
                continue;
            }
            for (SqlStatement statement : SqlSplitter.split(text, step.location())) {
                read(statement, step.location(), tables, extensions);
            }
        }
        return new PendingChanges(tables, extensions, unread);
    }

    private static void read(SqlStatement statement, String file, List<Use> tables, List<Use> extensions) {
        String sql = COMMENTS.matcher(statement.sql()).replaceAll(" ").strip();
        String location = file + ":" + statement.line() + ":" + statement.column();
        java.util.Set<String> words = new java.util.TreeSet<>();
        Matcher word = Pattern.compile(IDENT).matcher(sql.replaceAll("'(?:[^']|'')*'", " "));
        while (word.find()) {
            words.add(unquote(word.group()));
        }
        Matcher extension = EXTENSION.matcher(sql);
        if (extension.find()) {
            String name = unquote(extension.group(1));
            extensions.add(new Use(name, name, true, location));
            return;
        }
        Matcher drops = DROP_TABLES.matcher(sql);
        if (drops.find()) {
            for (String each : drops.group(1).split(",")) {
                Matcher one = Pattern.compile("^\\s*" + NAME + "\\s*$", FLAGS).matcher(each);
                if (one.find()) {
                    tables.add(use(one.group(1), true, location, words));
                }
            }
            return;
        }
        for (Head head : HEADS) {
            Matcher matcher = head.pattern().matcher(sql);
            if (matcher.find()) {
                tables.add(use(matcher.group(1), head.ddl(), location, words));
                break;
            }
        }
        Matcher references = REFERENCES.matcher(sql);
        while (references.find()) {
            tables.add(use(references.group(1), true, location, words));
        }
    }

    private static Use use(String written, boolean ddl, String location, java.util.Set<String> words) {
        List<String> parts = new ArrayList<>();
        Matcher part = Pattern.compile(IDENT).matcher(written);
        while (part.find()) {
            parts.add(unquote(part.group()));
        }
        String quoted = String.join(".", parts.stream().map(p -> "\"" + p.replace("\"", "\"\"") + "\"").toList());
        return new Use(quoted, String.join(".", parts), ddl, location, words);
    }

    /** An identifier as PostgreSQL stores it: quoted ones as written, unquoted ones folded to lower case. */
    private static String unquote(String identifier) {
        if (identifier.startsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier.toLowerCase(Locale.ROOT);
    }
}
