package dev.schemaverify.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Quoting and splitting of SQL identifiers the way PostgreSQL reads them. */
public final class Identifiers {
    // Reserved key words (PostgreSQL appendix C, "reserved" and "reserved (can be function or type)").
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

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
