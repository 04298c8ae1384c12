package dev.schemaverify.access;

import dev.schemaverify.contract.Suggestions;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Positions and errors for one access-test file: every error is {@code file:line:col: error
 * [invalid-access-test] ...} at the node it is about, so the user sees which entry to fix.
 */
final class YamlNodes {
    /** The code in brackets of every error the reader reports. */
    static final String CODE = "invalid-access-test";

    private final String file;

    YamlNodes(String file) {
        this.file = file;
    }

    SourceRef source(Node node) {
        return new SourceRef(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    SchemaVerifyException error(Node node, String message) {
        return error(source(node), message);
    }

    SchemaVerifyException error(SourceRef at, String message) {
        return new SchemaVerifyException(ErrorCode.ACCESS_TESTS, at + ": error [" + CODE + "] " + message);
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
        return isNull(node) ? "no value" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    /** A key of a mapping with its value; the key is what an error about the entry points at. */
    record Entry(String name, ScalarNode key, Node value) {
    }

    /**
     * The entries of a mapping in file order; duplicate keys and keys not in {@code valid} are errors
     * (with the closest valid key suggested). An absent or empty value reads as no entries.
     */
    Map<String, Entry> map(Node node, String context, List<String> valid) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (isNull(node)) {
            return entries;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "expected a map for " + context + ", found " + describe(node));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || isNull(key)) {
                throw error(tuple.getKeyNode(), "expected a name as key in " + context + ", found "
                        + describe(tuple.getKeyNode()));
            }
            String name = key.getValue();
            Entry previous = entries.get(name);
            if (previous != null) {
                throw error(key, "duplicate key '" + name + "' in " + context + " (first at line "
                        + source(previous.key()).line() + "); remove one of them");
            }
            if (valid != null && !valid.contains(name)) {
                String suggestion = Suggestions.closest(name, valid);
                throw error(key, "unknown key '" + name + "' in " + context + "; "
                        + (suggestion != null ? "did you mean '" + suggestion + "'?" : "valid keys are "
                                + String.join(", ", valid)));
            }
            entries.put(name, new Entry(name, key, tuple.getValueNode()));
        }
        return entries;
    }

    /** A scalar's text, {@code null} for no value; a map or list is an error. */
    String text(Node node, String what) {
        if (isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be text, found " + describe(node));
        }
        return scalar.getValue();
    }

    String requiredText(Entry entry, String what) {
        String text = text(entry.value(), what);
        if (text == null || text.isBlank()) {
            throw error(entry.key(), what + " needs a value");
        }
        return text;
    }

    /** A whole number of at least zero. */
    long count(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                long value = Long.parseLong(scalar.getValue().replace("_", ""));
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error(node, what + " must be a whole number of at least 0, found " + describe(node));
    }

    /** Signed whole number (an assertion may compare with a negative one). */
    long number(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Long.parseLong(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error(node, what + " must be a whole number, found " + describe(node));
    }

    boolean bool(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return List.of("true", "yes", "on", "y").contains(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        throw error(node, what + " must be true or false, found " + describe(node));
    }

    /** A list's items; no value reads as an empty list. */
    List<Node> list(Node node, String what) {
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, what + " must be a list, found " + describe(node));
        }
        return sequence.getValue();
    }

    /** A list of names. */
    List<String> names(Node node, String what) {
        return list(node, what).stream().map(item -> {
            String text = text(item, what + " entries");
            if (text == null || text.isBlank()) {
                throw error(item, what + " must hold names, found " + describe(item));
            }
            return text;
        }).toList();
    }
}
