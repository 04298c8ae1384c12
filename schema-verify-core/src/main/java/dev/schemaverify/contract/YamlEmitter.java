package dev.schemaverify.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists and scalars as block-style YAML. A {@link Block} map is always written one
 * key per line (sections such as {@code tables:}); other maps go on one line, {@code {type: uuid}}, when
 * they fit and hold no multi-line text.
 */
final class YamlEmitter {
    /** A map always written in block style. */
    static final class Block extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** Text written as-is, never quoted: for numbers and comments the writer controls. */
    record Raw(String text) {
    }

    private static final int MAX_LINE = 120;
    private static final int INDENT = 2;

    private final StringBuilder out = new StringBuilder();
    /**
     * Each distinct text's block and flow forms, rendered once: a contract repeats the same keys, types and
     * names thousands of times, and deciding whether a text can go unquoted runs SnakeYAML's resolver
     * (regular expressions) on it.
     */
    private final Map<String, String> blockForms = new HashMap<>();
    private final Map<String, String> flowForms = new HashMap<>();

    void comment(String text) {
        out.append("# ").append(text).append('\n');
    }

    void map(Map<String, Object> map) {
        map(map, 0);
    }

    String text() {
        return out.toString();
    }

    private void map(Map<String, Object> map, int indent) {
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            entry(entry.getKey(), entry.getValue(), indent);
        }
    }

    private void entry(String key, Object value, int indent) {
        String prefix = " ".repeat(indent) + inline(key, false) + ":";
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            String inline = map instanceof Block && !map.isEmpty() ? null : flow(typed);
            if (inline != null && prefix.length() + 1 + inline.length() <= MAX_LINE) {
                line(prefix + " " + inline);
            } else {
                line(prefix);
                map(typed, indent + INDENT);
            }
        } else if (value instanceof String text && YamlScalars.literalHeader(text) != null) {
            line(prefix + " " + YamlScalars.literalHeader(text));
            String content = " ".repeat(indent + INDENT);
            for (String blockLine : YamlScalars.body(text).split("\n", -1)) {
                line(blockLine.isEmpty() ? "" : content + blockLine);
            }
            for (int i = 0; i < YamlScalars.keptEmptyLines(text); i++) {
                line("");
            }
        } else {
            line(prefix + " " + scalar(value, false));
        }
    }

    /** The one-line flow form of {@code map}, or {@code null} when it holds multi-line text. */
    private String flow(Map<String, Object> map) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            Object value = entry.getValue();
            String rendered;
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) nested;
                rendered = flow(typed);
                if (rendered == null) {
                    return null;
                }
            } else if (value instanceof String text && text.indexOf('\n') >= 0) {
                return null;
            } else {
                rendered = scalar(value, true);
            }
            parts.add(inline(entry.getKey(), true) + ": " + rendered);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private String scalar(Object value, boolean flow) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return inline(text, flow);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(scalar(item, true));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Raw raw) {
            return raw.text();
        }
        return String.valueOf(value); // Boolean, Long, Integer
    }

    private String inline(String text, boolean flow) {
        return (flow ? flowForms : blockForms).computeIfAbsent(text, t -> YamlScalars.inline(t, flow));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
