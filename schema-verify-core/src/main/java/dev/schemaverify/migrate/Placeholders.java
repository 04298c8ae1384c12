package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ${name}} placeholders in SQL migrations, replaced by values from the build (a schema name, a
 * role per environment) just before a script runs. Checksums are taken of the file as written, so the
 * same file has the same checksum in every environment.
 *
 * <p>Comments are left alone. Dollar-quoted bodies ({@code $$ ... $$}, function bodies) are left alone
 * unless {@code inDollarQuotes} asks: {@code ${...}} there is often the function's own text (a shell
 * snippet, a format string). A placeholder without a value is an error naming the file, line and column,
 * never left in the SQL. With no values at all, nothing is replaced.
 *
 * @param values the placeholder values by name
 * @param inDollarQuotes whether to replace inside dollar-quoted bodies too
 */
public record Placeholders(Map<String, String> values, boolean inDollarQuotes) {
    /** No placeholders: scripts run as written. */
    public static final Placeholders NONE = new Placeholders(Map.of(), false);

    public Placeholders {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values == null ? Map.of() : values));
    }

    public boolean enabled() {
        return !values.isEmpty();
    }

    /**
     * {@code sql} with its placeholders replaced; {@code sql} starts after line {@code lineOffset} of
     * {@code display}, for messages.
     */
    public String apply(String sql, String display, int lineOffset) {
        if (!enabled() || !sql.contains("${")) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        String dollarTag = null;
        char quote = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (dollarTag == null && quote == 0 && c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
                continue;
            }
            if (dollarTag == null && quote == 0 && c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = blockCommentEnd(sql, i);
                out.append(sql, i, end);
                i = end;
                continue;
            }
            if (quote == 0 && c == '$' && !(i + 1 < n && sql.charAt(i + 1) == '{')) {
                int tagEnd = dollarTagEnd(sql, i);
                if (tagEnd > 0) {
                    String tag = sql.substring(i, tagEnd);
                    if (dollarTag == null) {
                        dollarTag = tag;
                    } else if (dollarTag.equals(tag)) {
                        dollarTag = null;
                    }
                    out.append(tag);
                    i = tagEnd;
                    continue;
                }
            }
            if (dollarTag == null && (c == '\'' || c == '"')) {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            }
            if (c == '$' && i + 1 < n && sql.charAt(i + 1) == '{' && (dollarTag == null || inDollarQuotes)) {
                int close = sql.indexOf('}', i + 2);
                if (close > 0) {
                    String name = sql.substring(i + 2, close);
                    String value = values.get(name);
                    if (value == null) {
                        int[] at = position(sql, i, lineOffset);
                        throw new SchemaVerifyException(ErrorCode.CONFIGURATION, display + ":" + at[0] + ":" + at[1]
                                + ": placeholder ${" + name + "} has no value; define it in <placeholders> of the"
                                + " plugin configuration (defined: " + String.join(", ", values.keySet()) + ")");
                    }
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int blockCommentEnd(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The offset after a {@code $tag$} starting at {@code at}, or -1 when none starts there. */
    private static int dollarTagEnd(String sql, int at) {
        int i = at + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            if (i == at + 1 && Character.isDigit(sql.charAt(i))) {
                return -1; // $1 is a parameter
            }
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? i + 1 : -1;
    }

    private static int[] position(String sql, int offset, int lineOffset) {
        int line = lineOffset + 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
