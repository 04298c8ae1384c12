package dev.schemaverify.inspect;

import dev.schemaverify.migrate.SqlSplitter;
import dev.schemaverify.migrate.SqlStatement;
import dev.schemaverify.model.SchemaVerifyException;
import java.util.List;

/**
 * Guards the contract text the normalizer splices into DDL: a fragment must be one expression, so it
 * may not end the statement ({@code ;}) or close a parenthesis it did not open. Contract files are the
 * project's own, and all work is rolled back; the guard keeps a typo from turning into other SQL.
 */
final class SqlFragments {
    private SqlFragments() {
    }

    static boolean isSingleExpression(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                while (end >= 0 && end + 1 < text.length() && text.charAt(end + 1) == c) {
                    end = text.indexOf(c, end + 2);
                }
                if (end < 0) {
                    return false;
                }
                i = end + 1;
                continue;
            }
            if (c == ';' || (c == '-' && text.startsWith("--", i)) || (c == '/' && text.startsWith("/*", i))
                    || c == '$') {
                return false;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
            i++;
        }
        return depth == 0;
    }

    /**
     * Whether {@code sql} is exactly one statement as PostgreSQL would read it (the splitter knows
     * {@code E''} strings, dollar quotes and comments), and not a transaction-control statement.
     */
    static boolean isOneStatement(String sql) {
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(sql);
        } catch (SchemaVerifyException e) {
            return false; // an unterminated string or comment
        }
        if (statements.size() != 1) {
            return false;
        }
        String first = statements.get(0).sql().strip().split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
        return !TRANSACTION_CONTROL.contains(first);
    }

    private static final java.util.Set<String> TRANSACTION_CONTROL = java.util.Set.of("BEGIN", "START", "COMMIT",
            "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "PREPARE", "SET", "RESET", "DISCARD");

    /** A view definition without its trailing semicolons, or {@code null} if it is not one query. */
    static String query(String definition) {
        if (definition == null) {
            return null;
        }
        String text = definition.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return isSingleExpression(text) ? text : null;
    }
}
