package dev.schemaverify.migrate.liquibase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line where a changeset starts in its file, so that what {@code lint} observes of it is reported at
 * {@code file:line}: Liquibase's parsed model keeps no line numbers. A changeset starts where its file names
 * it: the {@code --changeset author:id} header of formatted SQL, or the {@code changeSet} element or key of
 * XML, YAML and JSON whose block holds its {@code id} and {@code author}.
 */
final class ChangesetLines {
    private static final Pattern START = Pattern.compile("(?i)changeset");

    private ChangesetLines() {
    }

    /** The 1-based line of changeset {@code id} by {@code author} in {@code text}, or 0 when it is not found. */
    static int find(String text, String id, String author) {
        if (text == null) {
            return 0;
        }
        Pattern header = Pattern.compile("(?im)^\\s*--\\s*changeset\\s+[\"']?" + Pattern.quote(author) + "[\"']?:[\"']?"
                + Pattern.quote(id) + "[\"']?(\\s|$)");
        Matcher sql = header.matcher(text);
        if (sql.find()) {
            return lineAt(text, sql.start() + leadingBlanks(text, sql.start()));
        }
        Pattern idValue = attribute("id", id);
        Pattern authorValue = attribute("author", author);
        Matcher start = START.matcher(text);
        int from = -1;
        while (true) {
            boolean more = start.find();
            int end = more ? start.start() : text.length();
            if (from >= 0) {
                String block = text.substring(from, end);
                if (idValue.matcher(block).find() && authorValue.matcher(block).find()) {
                    return lineAt(text, from);
                }
            }
            if (!more) {
                return 0;
            }
            from = start.start();
        }
    }

    /** {@code id="1"}, {@code id: 1}, {@code "id": "1"}: a key and its value, quoted or not. */
    private static Pattern attribute(String key, String value) {
        return Pattern.compile("(?<![\\w-])[\"']?" + key + "[\"']?\\s*[:=]\\s*[\"']?" + Pattern.quote(value)
                + "(?![\\w.:-])");
    }

    private static int leadingBlanks(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - at;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
