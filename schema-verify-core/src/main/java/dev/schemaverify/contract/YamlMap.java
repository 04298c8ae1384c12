package dev.schemaverify.contract;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.SourceRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a contract, with the words that describe it in messages ({@code table public.users}).
 * Checks duplicate keys on creation, and converts values with errors that point at file:line:column.
 */
final class YamlMap {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A key of the mapping with its value; {@code key} is the node to point at for the entry. */
    record Entry(String name, ScalarNode key, Node value) {
    }

    private final Located located;
    private final String context;
    private final Node node;
    private final Map<String, Entry> entries;

    private YamlMap(Located located, String context, Node node, Map<String, Entry> entries) {
        this.located = located;
        this.context = context;
        this.node = node;
        this.entries = entries;
    }

    /**
     * Reads {@code node} as a mapping; {@code null} (an empty value) reads as an empty mapping.
     *
     * @param context how messages name the mapping, e.g. {@code table public.users}
     */
    static YamlMap of(Located located, Node node, String context) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (Located.isNull(node)) {
            return new YamlMap(located, context, node, entries);
        }
        if (!(node instanceof MappingNode mapping)) {
            throw located.error(node, "expected a map for " + context + ", found " + Located.describe(node));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || Located.isNull(key)) {
                throw located.error(tuple.getKeyNode(), "expected a name as key in " + context + ", found "
                        + Located.describe(tuple.getKeyNode()));
            }
            Entry previous = entries.get(key.getValue());
            if (previous != null) {
                throw located.error(key, "duplicate key '" + key.getValue() + "' in " + context
                        + " (first at line " + (previous.key().getStartMark().getLine() + 1)
                        + ", again at line " + (key.getStartMark().getLine() + 1) + "); remove one of them");
            }
            entries.put(key.getValue(), new Entry(key.getValue(), key, tuple.getValueNode()));
        }
        return new YamlMap(located, context, node, entries);
    }

    /** Fails on the first key that is not one of {@code valid}, suggesting the closest valid key. */
    YamlMap allow(List<String> valid) {
        for (Entry entry : entries.values()) {
            if (!valid.contains(entry.name())) {
                String suggestion = Suggestions.closest(entry.name(), valid);
                String hint = suggestion != null
                        ? "did you mean '" + suggestion + "'?"
                        : "valid keys are " + String.join(", ", valid);
                throw located.error(entry.key(),
                        "unknown key '" + entry.name() + "' in " + context + "; " + hint);
            }
        }
        return this;
    }

    Node node() {
        return node;
    }

    List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** The value node of {@code key}, or {@code null} when the key is absent. */
    Node value(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /** A nested mapping; absent or empty reads as an empty mapping. */
    YamlMap map(String key, String nestedContext) {
        return of(located, value(key), nestedContext);
    }

    /** Where {@code key} is written in this mapping; the key must be present. */
    SourceRef source(String key) {
        return located.source(entries.get(key).key());
    }

    SourceRef source(Entry entry) {
        return located.source(entry.key());
    }

    /** Text as written: any scalar but null is accepted, so {@code version: 1.3} reads as "1.3". */
    String text(String key) {
        return text(value(key), "'" + key + "' in " + context);
    }

    String requiredText(String key) {
        String text = text(key);
        if (text == null) {
            Node at = entries.containsKey(key) ? entries.get(key).key() : node;
            throw located.error(at, "missing value for '" + key + "' in " + context + "; add '" + key + ": ...'");
        }
        return text;
    }

    String text(Node value, String what) {
        if (Located.isNull(value)) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw located.error(value, what + " must be text, found " + Located.describe(value));
        }
        return scalar.getValue();
    }

    Boolean bool(String key) {
        Node value = value(key);
        if (Located.isNull(value)) {
            return null;
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            String text = scalar.getValue().toLowerCase(Locale.ROOT);
            return text.equals("true") || text.equals("yes") || text.equals("on") || text.equals("y");
        }
        throw located.error(value, "'" + key + "' in " + context + " must be true or false, found "
                + Located.describe(value));
    }

    Long integer(String key) {
        Node value = value(key);
        if (Located.isNull(value)) {
            return null;
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            BigInteger number = parseInteger(scalar.getValue());
            if (number != null && number.bitLength() < 64) {
                return number.longValue();
            }
        }
        throw located.error(value, "'" + key + "' in " + context
                + " must be a whole number between -9223372036854775808 and 9223372036854775807, found "
                + Located.describe(value));
    }

    private static BigInteger parseInteger(String written) {
        String text = written.replace("_", "");
        try {
            boolean negative = text.startsWith("-");
            if (text.startsWith("-") || text.startsWith("+")) {
                text = text.substring(1);
            }
            BigInteger value;
            if (text.startsWith("0x")) {
                value = new BigInteger(text.substring(2), 16);
            } else if (text.startsWith("0b")) {
                value = new BigInteger(text.substring(2), 2);
            } else if (text.length() > 1 && text.startsWith("0")) {
                value = new BigInteger(text.substring(1), 8);
            } else {
                value = new BigInteger(text);
            }
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            return null; // sexagesimal and other YAML 1.1 oddities: reported as not a number
        }
    }

    /** A list of texts, or {@code null} when absent; {@code []} is an empty list. */
    List<String> textList(String key) {
        return textList(value(key), "'" + key + "' in " + context);
    }

    List<String> requiredTextList(String key) {
        List<String> list = textList(key);
        if (list == null) {
            Node at = entries.containsKey(key) ? entries.get(key).key() : node;
            throw located.error(at, "missing value for '" + key + "' in " + context + "; add '" + key + ": [...]'");
        }
        return list;
    }

    List<String> textList(Node value, String what) {
        if (Located.isNull(value)) {
            return null;
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw located.error(value, what + " must be a list such as [a, b], found " + Located.describe(value));
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || Located.isNull(item)) {
                throw located.error(item, what + " must hold names or expressions, found " + Located.describe(item));
            }
            texts.add(scalar.getValue());
        }
        return texts;
    }

    /** One of {@code valid}, compared ignoring case and returned as listed; {@code null} when absent. */
    String choice(String key, List<String> valid) {
        return choice(value(key), "'" + key + "' in " + context, valid);
    }

    String choice(Node value, String what, List<String> valid) {
        String text = text(value, what);
        if (text == null) {
            return null;
        }
        // Most values are already as listed; only the others pay for the whitespace regex.
        String upper = text.toUpperCase(Locale.ROOT);
        String normalized = valid.contains(upper) ? upper : WHITESPACE.matcher(upper.trim()).replaceAll(" ");
        if (!valid.contains(normalized)) {
            throw located.error(value, "invalid value '" + text + "' for " + what + "; valid values are "
                    + String.join(", ", valid));
        }
        return normalized;
    }

    /** Positions and errors for one contract file. */
    record Located(String file) {
        SchemaVerifyException error(Node node, String message) {
            return error(node.getStartMark(), message);
        }

        SchemaVerifyException error(Mark mark, String message) {
            return new SchemaVerifyException(ErrorCode.CONTRACT,
                    file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": " + message);
        }

        SourceRef source(Node node) {
            Mark mark = node.getStartMark();
            return new SourceRef(file, mark.getLine() + 1, mark.getColumn() + 1);
        }

        static boolean isNull(Node node) {
            return node == null || (node instanceof ScalarNode && node.getTag().equals(Tag.NULL));
        }

        static String describe(Node node) {
            if (node instanceof MappingNode) {
                return "a map";
            }
            if (node instanceof SequenceNode) {
                return "a list";
            }
            if (isNull(node)) {
                return "no value";
            }
            return "'" + ((ScalarNode) node).getValue() + "'";
        }
    }
}
