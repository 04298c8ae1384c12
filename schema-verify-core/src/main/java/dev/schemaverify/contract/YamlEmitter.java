package dev.schemaverify.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes a tree of maps, lists and scalars as block-style YAML. A {@link Block} map is always written one
 * key per line (sections such as {@code tables:}); other maps go on one line, {@code {type: uuid}}, when
 * they fit and hold no multi-line text.
 *
 * <p>The text goes to a sink in pieces of about {@value #PIECE} characters as it is made, and a value can be
 * made only when it is written ({@link Later}): a 5,000-table contract is 12 MB, and neither its text nor
 * every table's map need exist in memory at once.
 */
final class YamlEmitter {
    /** A map always written in block style. */
    static final class Block extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** Text written as-is, never quoted: for numbers and comments the writer controls. */
    record Raw(String text) {
    }

    /**
     * A value made when the emitter reaches it, and garbage once it is written. Resolved only as the value
     * of a map's entry, and made again each time it is reached: put it in a {@link Block} (never in a list),
     * and make it from nothing that changes.
     */
    interface Later extends Supplier<Object> {
    }

    private static final int MAX_LINE = 120;
    private static final int INDENT = 2;
    private static final int PIECE = 1 << 15;

    private final Appendable sink;
    /** Whole lines not yet handed to the sink. */
    private final StringBuilder out = new StringBuilder(PIECE + 4096);
    /**
     * Each distinct text's block and flow forms, rendered once: a contract repeats the same keys, types and
     * names thousands of times, and deciding whether a text can go unquoted runs SnakeYAML's resolver
     * (regular expressions) on it.
     */
    private final Map<String, String> blockForms = new HashMap<>();
    private final Map<String, String> flowForms = new HashMap<>();

    YamlEmitter(Appendable sink) {
        this.sink = sink;
    }

    void comment(String text) {
        out.append("# ").append(text).append('\n');
    }

    void map(Map<String, Object> map) {
        map(map, 0);
    }

    /** Hands the rest of the text to the sink. */
    void finish() throws IOException {
        try {
            hand();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void map(Map<String, Object> map, int indent) {
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            entry(entry.getKey(), entry.getValue(), indent);
            if (out.length() >= PIECE) {
                hand(); // between entries, so only whole lines go
            }
        }
    }

    private void hand() {
        try {
            sink.append(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.setLength(0);
    }

    // Each line is appended to the output as it is made, without building its parts as strings first: at
    // 5,000 tables the writer made about a million short-lived strings, and it was most of inspect's own CPU.
    private void entry(String key, Object originalValue, int indent) {
        Object value = originalValue instanceof Later later ? later.get() : originalValue;
        int start = out.length();
        indent(indent);
        out.append(inline(key, false)).append(':');
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            // the one-line form is written straight into the line, and taken back when it does not fit
            int keyEnd = out.length();
            boolean inline = !(map instanceof Block && !map.isEmpty()) && flow(out.append(' '), typed)
                    && out.length() - start <= MAX_LINE;
            if (inline) {
                out.append('\n');
            } else {
                out.setLength(keyEnd);
                out.append('\n');
                map(typed, indent + INDENT);
            }
        } else if (value instanceof String text && YamlScalars.literalHeader(text) != null) {
            out.append(' ').append(YamlScalars.literalHeader(text)).append('\n');
            for (String blockLine : YamlScalars.body(text).split("\n", -1)) {
                if (!blockLine.isEmpty()) {
                    indent(indent + INDENT);
                    out.append(blockLine);
                }
                out.append('\n');
            }
            for (int i = 0; i < YamlScalars.keptEmptyLines(text); i++) {
                out.append('\n');
            }
        } else {
            out.append(' ');
            scalar(out, value, false);
            out.append('\n');
        }
    }

    private void indent(int width) {
        for (int i = 0; i < width; i++) {
            out.append(' ');
        }
    }

    /**
     * Appends the one-line flow form of {@code map} to {@code flow}; {@code false} when it holds multi-line
     * text, which has no such form (the caller then takes back what was appended).
     */
    private boolean flow(StringBuilder flow, Map<String, Object> map) {
        flow.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            Object value = entry.getValue() instanceof Later later ? later.get() : entry.getValue();
            if (value instanceof String text && text.indexOf('\n') >= 0) {
                return false;
            }
            if (!first) {
                flow.append(", ");
            }
            first = false;
            flow.append(inline(entry.getKey(), true)).append(": ");
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) nested;
                if (!flow(flow, typed)) {
                    return false;
                }
            } else {
                scalar(flow, value, true);
            }
        }
        flow.append('}');
        return true;
    }

    private void scalar(StringBuilder into, Object value, boolean flow) {
        if (value == null) {
            into.append("null");
        } else if (value instanceof String text) {
            into.append(inline(text, flow));
        } else if (value instanceof List<?> list) {
            into.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    into.append(", ");
                }
                first = false;
                scalar(into, item, true);
            }
            into.append(']');
        } else if (value instanceof Raw raw) {
            into.append(raw.text());
        } else {
            into.append(value); // Boolean, Long, Integer
        }
    }

    private String inline(String text, boolean flow) {
        // two lambdas that capture nothing: one capturing lambda per scalar was 13 MB of garbage at 5,000 tables
        return flow ? flowForms.computeIfAbsent(text, YamlEmitter::flowForm)
                : blockForms.computeIfAbsent(text, YamlEmitter::blockForm);
    }

    private static String flowForm(String text) {
        return YamlScalars.inline(text, true);
    }

    private static String blockForm(String text) {
        return YamlScalars.inline(text, false);
    }
}
