package dev.schemaverify.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Quoting and splitting of SQL identifiers the way PostgreSQL reads them. */
public final class Identifiers {
    // Every key word PostgreSQL 17's quote_identifier() quotes: reserved, column-name and
    // type/function-name key words (pg_get_keywords() where catcode <> 'U'). Quoting like the server keeps
    // names we print identical to the names it deparses, e.g. "position".x in a policy.
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
            "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast",
            "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
            "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant",
            "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout",
            "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "json",
            "json_array", "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query",
            "json_scalar", "json_serialize", "json_table", "json_value", "lateral", "leading", "least",
            "left", "like", "limit", "localtime", "localtimestamp", "merge_action", "national",
            "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
            "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing",
            "position", "precision", "primary", "real", "references", "returning", "right", "row",
            "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
            "system_user", "table", "tablesample", "then", "time", "timestamp", "to", "trailing",
            "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar",
            "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
            "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private Identifiers() {
    }

    /** Quotes {@code name} only if PostgreSQL needs quotes to read it back unchanged. */
    public static String quote(String name) {
        if (isPlain(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Always quotes {@code name}; for generated SQL where certainty beats looks. */
    public static String quoteAlways(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || RESERVED.contains(name)) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits {@code a.b} or {@code "a"."b.c"} into its parts. Unquoted parts are folded to lower case,
     * as PostgreSQL does; quoted parts keep their case.
     */
    public static List<String> splitQualified(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == '.') {
                parts.add(wasQuoted ? current.toString() : current.toString().trim().toLowerCase(Locale.ROOT));
                current.setLength(0);
                wasQuoted = false;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted identifier: " + text);
        }
        parts.add(wasQuoted ? current.toString() : current.toString().trim().toLowerCase(Locale.ROOT));
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty name part in: " + text);
            }
        }
        return parts;
    }
}
