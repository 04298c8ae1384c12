package dev.schemaverify.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- schema-verify:ignore <rule-id> <reason>} comments of one file. A comment excuses the
 * statement it sits in, or the statement (or line, for file rules) that follows it after only comments and
 * blank lines; the reason is required and shown in the report.
 */
final class InlineIgnores {
    private static final Pattern IGNORE = Pattern.compile("--\\s*schema-verify:ignore\\b[ \\t]*([^\\s]*)[ \\t]*(.*)");

    /** One comment: its 1-based line, the rule id and the reason (empty when missing). */
    record Ignore(int line, int column, String rule, String reason) {
    }

    private final List<String> lines;
    private final Map<Integer, List<Ignore>> byLine = new TreeMap<>();

    InlineIgnores(String text) {
        this.lines = List.of(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = IGNORE.matcher(lines.get(i));
            if (matcher.find()) {
                byLine.computeIfAbsent(i + 1, k -> new ArrayList<>()).add(new Ignore(i + 1, matcher.start() + 1,
                        matcher.group(1).trim(), matcher.group(2).trim()));
            }
        }
    }

    /** Every ignore comment of the file, in line order. */
    List<Ignore> all() {
        return byLine.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The comment excusing {@code rule} for something spanning lines {@code first} to {@code last}: one on
     * those lines, or directly above them with only comments and blank lines between.
     */
    Ignore find(String rule, int first, int last) {
        for (int line = first; line <= last; line++) {
            Ignore found = match(rule, line);
            if (found != null) {
                return found;
            }
        }
        for (int line = first - 1; line >= 1; line--) {
            String text = lines.get(line - 1).trim();
            if (!text.isEmpty() && !text.startsWith("--")) {
                break;
            }
            Ignore found = match(rule, line);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Ignore match(String rule, int line) {
        for (Ignore ignore : byLine.getOrDefault(line, List.of())) {
            if (ignore.rule().equals(rule) && !ignore.reason().isEmpty()) {
                return ignore;
            }
        }
        return null;
    }
}
