package dev.schemaverify.contract;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Renders strings as YAML scalars: plain where YAML reads them back unchanged as text, quoted otherwise,
 * and multi-line text as a literal block when a literal block keeps every character.
 */
final class YamlScalars {
    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";

    private YamlScalars() {
    }

    /** {@code text} as a one-line scalar; {@code flow} when it stands inside {@code [...]} or {@code {...}}. */
    static String inline(String text, boolean flow) {
        if (isPlain(text, flow)) {
            return text;
        }
        boolean singleQuotable = text.indexOf('\'') < 0 && text.codePoints().allMatch(YamlScalars::isPrintable);
        if (singleQuotable && (text.indexOf('"') >= 0 || text.indexOf('\\') >= 0)) {
            return "'" + text + "'";
        }
        return doubleQuoted(text);
    }

    static boolean isPlain(String text, boolean flow) {
        if (text.isEmpty() || INDICATORS.indexOf(text.charAt(0)) >= 0
                || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
                || text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || !isPrintable(c) || (flow && FLOW_INDICATORS.indexOf(c) >= 0)) {
                return false;
            }
            i += Character.charCount(c);
        }
        // true, null, 12, 1.5, 2024-01-01, ~ and friends would not read back as text.
        return RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR);
    }

    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (isPrintable(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /**
     * The header of a literal block ({@code |}, {@code |-}, {@code |+}, with an indentation indicator
     * when the text starts with spaces), or {@code null} when a literal block cannot hold {@code text}
     * exactly and visibly: no line, lines ending in blanks, carriage returns or characters YAML must escape.
     */
    static String literalHeader(String text) {
        if (text.indexOf('\n') < 0 || !text.codePoints().allMatch(c -> c == '\n' || c == '\t' || isPrintable(c))
                || text.indexOf('\r') >= 0) {
            return null;
        }
        String firstLine = null;
        for (String line : body(text).split("\n", -1)) {
            // Trailing blanks would survive in a literal block, but editors strip them and reviewers
            // cannot see them; a double-quoted scalar shows them.
            if (line.endsWith(" ") || line.endsWith("\t")) {
                return null;
            }
            if (firstLine == null && !line.isEmpty()) {
                firstLine = line;
            }
        }
        if (firstLine == null) {
            return null;
        }
        int trailing = text.length() - body(text).length();
        String chomping = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        boolean indented = firstLine.charAt(0) == ' ' || firstLine.charAt(0) == '\t';
        return "|" + (indented ? "2" : "") + chomping;
    }

    /** The text without its trailing line breaks; the block's lines. */
    static String body(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    /** The number of empty lines a {@code |+} block writes after its last line. */
    static int keptEmptyLines(String text) {
        int trailing = text.length() - body(text).length();
        return trailing >= 2 ? trailing - 1 : 0;
    }

    /** Characters YAML allows unescaped; line breaks other than {@code \n} count as not printable. */
    static boolean isPrintable(int c) {
        return c == '\t' || c == '\n'
                || (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
