package dev.schemaverify.inspect;

/**
 * Cuts the WHEN condition out of a trigger definition as {@code pg_get_triggerdef} prints it. PostgreSQL
 * has no function that deparses only the condition, so the text is scanned: the first {@code WHEN}
 * keyword outside quotes, then its parenthesised condition up to the matching parenthesis.
 */
final class TriggerDefinitions {
    private TriggerDefinitions() {
    }

    /** The condition, with the parentheses the WHEN syntax requires removed; {@code null} if none. */
    static String when(String definition) {
        int start = findWhen(definition);
        if (start < 0) {
            return null;
        }
        int open = definition.indexOf('(', start);
        int close = matchingParenthesis(definition, open);
        if (open < 0 || close < 0) {
            return null;
        }
        return definition.substring(open + 1, close).strip();
    }

    private static int findWhen(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(text, i);
            } else if (text.startsWith("WHEN (", i) && (i == 0 || text.charAt(i - 1) == ' ')) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int matchingParenthesis(String text, int open) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(text, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        return -1;
    }

    /** The index just after the quoted identifier or literal starting at {@code start}. */
    private static int skipQuoted(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
