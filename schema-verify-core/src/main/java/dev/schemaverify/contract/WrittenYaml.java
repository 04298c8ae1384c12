package dev.schemaverify.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the node tree of YAML in the shape {@link YamlEmitter} writes (block mappings, one-line flow
 * mappings and sequences, plain, quoted and literal scalars, comment lines), the same tree with the same
 * positions SnakeYAML composes, an order of magnitude faster: SnakeYAML needs seconds of CPU for the
 * 12 MB contract {@code inspect} writes for 5,000 tables, and {@code verify} reads that contract first.
 *
 * <p>It is deliberately narrow: at anything outside that shape (block sequences, multi-line flow or
 * plain scalars, anchors, tags, tabs, trailing comments, an escape the emitter never writes) it gives up
 * and returns {@code null}, and SnakeYAML reads the document instead, with its own error messages.
 */
final class WrittenYaml {
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";
    private static final int[] NO_BUFFER = new int[0];

    private final String text;
    private final String name;
    private final Resolver resolver = new Resolver();
    /** Each distinct plain scalar once, with its tag: the nodes share the text (and its cached hash). */
    private final Map<String, Plain> plains = new HashMap<>();
    private final List<Integer> lineStarts = new ArrayList<>();
    private int line;
    private int cachedIndex = -1;
    private String cachedLine;

    /** Thrown inside to give up; never escapes {@link #compose}. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private WrittenYaml(String text, String name) {
        this.text = text;
        this.name = name;
    }

    /** The root node of {@code yaml}, or {@code null} when it is not in the emitter's shape. */
    static Node compose(String yaml, String name) {
        if (yaml.indexOf('\t') >= 0 || yaml.indexOf('\r') >= 0 || yaml.startsWith("\uFEFF")) {
            return null;
        }
        try {
            return new WrittenYaml(yaml, name).document();
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Node document() {
        int start = 0;
        while (start <= text.length()) {
            lineStarts.add(start);
            int end = text.indexOf('\n', start);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        line = 0;
        int indent = nextSignificant();
        if (indent != 0) {
            throw new Unsupported();
        }
        MappingNode root = mapping(0);
        if (nextSignificant() != -1) {
            throw new Unsupported();
        }
        return root;
    }

    // ---- lines -------------------------------------------------------------------------------------

    private int lineCount() {
        return lineStarts.size();
    }

    private String lineText(int index) {
        if (index == cachedIndex) {
            return cachedLine;
        }
        cachedIndex = index;
        cachedLine = uncachedLineText(index);
        return cachedLine;
    }

    private String uncachedLineText(int index) {
        int start = lineStarts.get(index);
        int end = index + 1 < lineStarts.size() ? lineStarts.get(index + 1) - 1 : text.length();
        return text.substring(start, end);
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Skips empty and comment lines; the indentation of the next line with content, or -1 at the end.
     * A line of spaces only, or a document marker or directive, is outside the shape.
     */
    private int nextSignificant() {
        while (line < lineCount()) {
            String current = lineText(line);
            int indent = indentation(current);
            if (current.isEmpty()) {
                line++;
                continue;
            }
            if (indent == current.length()) {
                throw new Unsupported();
            }
            if (current.charAt(indent) == '#') {
                line++;
                continue;
            }
            if (indent == 0 && (current.startsWith("---") || current.startsWith("...") || current.startsWith("%"))) {
                throw new Unsupported();
            }
            return indent;
        }
        return -1;
    }

    private Mark mark(int lineIndex, int column) {
        int start = lineStarts.get(lineIndex);
        int codePointColumn = text.codePointCount(start, start + column);
        return new Mark(name, start + column, lineIndex, codePointColumn, NO_BUFFER, 0);
    }

    // ---- block structure ---------------------------------------------------------------------------

    private MappingNode mapping(int indent) {
        List<NodeTuple> entries = new ArrayList<>();
        Mark start = null;
        while (true) {
            int next = nextSignificant();
            if (next < indent) {
                break;
            }
            if (next > indent) {
                throw new Unsupported();
            }
            int keyLine = line;
            String current = lineText(keyLine);
            Cursor cursor = new Cursor(current, indent);
            ScalarNode key = keyScalar(cursor, keyLine);
            if (start == null) {
                start = key.getStartMark();
            }
            if (!cursor.take(':')) {
                throw new Unsupported();
            }
            Node value;
            if (cursor.atEnd()) {
                line++;
                int child = nextSignificant();
                if (child <= indent) {
                    throw new Unsupported(); // an empty value: rare enough for SnakeYAML
                }
                if (lineText(line).charAt(child) == '-') {
                    throw new Unsupported(); // block sequence
                }
                value = mapping(child);
            } else {
                if (!cursor.take(' ')) {
                    throw new Unsupported();
                }
                char first = cursor.peek();
                if (first == '|') {
                    value = literal(cursor, keyLine, indent);
                } else {
                    value = flowValue(cursor, keyLine, false);
                    if (!cursor.atEnd()) {
                        throw new Unsupported();
                    }
                    line++;
                    int following = nextSignificant();
                    if (following > indent) {
                        throw new Unsupported(); // a continued plain scalar, or invalid YAML
                    }
                }
            }
            entries.add(new NodeTuple(key, value));
        }
        if (entries.isEmpty()) {
            throw new Unsupported();
        }
        return new MappingNode(Tag.MAP, true, entries, start, start, FlowStyle.BLOCK);
    }

    private ScalarNode keyScalar(Cursor cursor, int lineIndex) {
        char first = cursor.peek();
        if (first == '"' || first == '\'') {
            return quoted(cursor, lineIndex);
        }
        int begin = cursor.position;
        int end = cursor.line.indexOf(": ", begin);
        if (end < 0) {
            if (!cursor.line.endsWith(":")) {
                throw new Unsupported();
            }
            end = cursor.line.length() - 1;
        }
        String key = cursor.line.substring(begin, end);
        cursor.position = end;
        return plain(key, lineIndex, begin, false);
    }

    /** A literal block scalar; the cursor stands on its {@code |}. */
    private ScalarNode literal(Cursor cursor, int headerLine, int parentIndent) {
        Mark start = mark(headerLine, cursor.position);
        String header = cursor.line.substring(cursor.position + 1);
        int indicator = 0;
        char chomping = ' ';
        for (char c : header.toCharArray()) {
            if (c >= '1' && c <= '9' && indicator == 0) {
                indicator = c - '0';
            } else if ((c == '-' || c == '+') && chomping == ' ') {
                chomping = c;
            } else {
                throw new Unsupported();
            }
        }
        line = headerLine + 1;
        int contentIndent = -1;
        if (indicator > 0) {
            contentIndent = parentIndent + indicator;
        }
        StringBuilder value = new StringBuilder();
        int pendingBreaks = 0;
        boolean any = false;
        while (line < lineCount()) {
            String current = lineText(line);
            if (current.isEmpty()) {
                if (line == lineCount() - 1) {
                    break; // the empty string after the document's last line break
                }
                pendingBreaks++;
                line++;
                continue;
            }
            int indent = indentation(current);
            if (indent == current.length()) {
                throw new Unsupported();
            }
            if (contentIndent < 0) {
                if (indent <= parentIndent) {
                    break;
                }
                contentIndent = indent;
            }
            if (indent < contentIndent) {
                if (indent > parentIndent && current.charAt(indent) != '#') {
                    throw new Unsupported();
                }
                break;
            }
            if (any) {
                value.append('\n');
            }
            value.append("\n".repeat(pendingBreaks));
            pendingBreaks = 0;
            value.append(current, contentIndent, current.length());
            any = true;
            line++;
        }
        if (!any) {
            throw new Unsupported();
        }
        if (chomping == ' ') {
            value.append('\n');
        } else if (chomping == '+') {
            value.append('\n').append("\n".repeat(pendingBreaks));
        }
        return new ScalarNode(Tag.STR, true, value.toString(), start, start, ScalarStyle.LITERAL);
    }

    // ---- one-line values ---------------------------------------------------------------------------

    private Node flowValue(Cursor cursor, int lineIndex, boolean inFlow) {
        char first = cursor.peek();
        if (first == '{') {
            return flowMapping(cursor, lineIndex);
        }
        if (first == '[') {
            return flowSequence(cursor, lineIndex);
        }
        if (first == '"' || first == '\'') {
            return quoted(cursor, lineIndex);
        }
        int begin = cursor.position;
        int end = begin;
        String current = cursor.line;
        while (end < current.length()) {
            char c = current.charAt(end);
            if (inFlow && (FLOW_INDICATORS.indexOf(c) >= 0 || c == '?')) {
                break;
            }
            if (c == ':' && (end + 1 == current.length() || current.charAt(end + 1) == ' '
                    || (inFlow && FLOW_INDICATORS.indexOf(current.charAt(end + 1)) >= 0))) {
                throw new Unsupported();
            }
            if (c == '#' && current.charAt(end - 1) == ' ') {
                throw new Unsupported();
            }
            end++;
        }
        int trimmed = end;
        while (trimmed > begin && current.charAt(trimmed - 1) == ' ') {
            trimmed--;
        }
        cursor.position = end;
        return plain(current.substring(begin, trimmed), lineIndex, begin, inFlow);
    }

    private MappingNode flowMapping(Cursor cursor, int lineIndex) {
        Mark start = mark(lineIndex, cursor.position);
        cursor.position++;
        List<NodeTuple> entries = new ArrayList<>();
        cursor.skipSpaces();
        if (!cursor.take('}')) {
            while (true) {
                cursor.skipSpaces();
                ScalarNode key = flowKey(cursor, lineIndex);
                if (!cursor.take(':') || !cursor.take(' ')) {
                    throw new Unsupported();
                }
                cursor.skipSpaces();
                entries.add(new NodeTuple(key, flowValue(cursor, lineIndex, true)));
                cursor.skipSpaces();
                if (cursor.take('}')) {
                    break;
                }
                if (!cursor.take(',')) {
                    throw new Unsupported();
                }
            }
        }
        return new MappingNode(Tag.MAP, true, entries, start, start, FlowStyle.FLOW);
    }

    private ScalarNode flowKey(Cursor cursor, int lineIndex) {
        char first = cursor.peek();
        if (first == '"' || first == '\'') {
            return quoted(cursor, lineIndex);
        }
        int begin = cursor.position;
        int end = cursor.line.indexOf(": ", begin);
        if (end < 0) {
            throw new Unsupported();
        }
        for (int i = begin; i < end; i++) {
            char c = cursor.line.charAt(i);
            if (FLOW_INDICATORS.indexOf(c) >= 0 || c == '?' || c == ':' || c == '#') {
                throw new Unsupported();
            }
        }
        cursor.position = end;
        return plain(cursor.line.substring(begin, end), lineIndex, begin, true);
    }

    private SequenceNode flowSequence(Cursor cursor, int lineIndex) {
        Mark start = mark(lineIndex, cursor.position);
        cursor.position++;
        List<Node> items = new ArrayList<>();
        cursor.skipSpaces();
        if (!cursor.take(']')) {
            while (true) {
                cursor.skipSpaces();
                items.add(flowValue(cursor, lineIndex, true));
                cursor.skipSpaces();
                if (cursor.take(']')) {
                    break;
                }
                if (!cursor.take(',')) {
                    throw new Unsupported();
                }
            }
        }
        return new SequenceNode(Tag.SEQ, true, items, start, start, FlowStyle.FLOW);
    }

    /** A single- or double-quoted scalar that ends on its own line; the cursor stands on the quote. */
    private ScalarNode quoted(Cursor cursor, int lineIndex) {
        Mark start = mark(lineIndex, cursor.position);
        String current = cursor.line;
        char quote = current.charAt(cursor.position);
        StringBuilder value = new StringBuilder();
        int i = cursor.position + 1;
        while (true) {
            if (i >= current.length()) {
                throw new Unsupported(); // continues on the next line
            }
            char c = current.charAt(i);
            if (!YamlScalars.isPrintable(c) && !Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            if (quote == '\'') {
                if (c == '\'') {
                    if (i + 1 < current.length() && current.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                value.append(c);
                i++;
            } else {
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    i = escape(current, i + 1, value);
                    continue;
                }
                value.append(c);
                i++;
            }
        }
        cursor.position = i + 1;
        return new ScalarNode(Tag.STR, true, value.toString(), start, start,
                quote == '\'' ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED);
    }

    /** Decodes the escape after a backslash at {@code at}; returns the index after it. */
    private static int escape(String line, int at, StringBuilder value) {
        char c = line.charAt(at);
        switch (c) {
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'u', 'U' -> {
                int digits = c == 'u' ? 4 : 8;
                String hex = line.substring(at + 1, at + 1 + digits);
                for (char h : hex.toCharArray()) {
                    if (Character.digit(h, 16) < 0) {
                        throw new Unsupported();
                    }
                }
                value.appendCodePoint(Integer.parseInt(hex, 16));
                return at + 1 + digits;
            }
            default -> throw new Unsupported();
        }
        return at + 1;
    }

    /** A plain scalar, tagged as SnakeYAML's resolver tags it ({@code true}, {@code 12}, {@code null}). */
    private ScalarNode plain(String value, int lineIndex, int column, boolean inFlow) {
        if (value.isEmpty() || value.endsWith(" ") || value.contains(" #") || value.contains(": ")
                || value.endsWith(":")) {
            throw new Unsupported();
        }
        char first = value.charAt(0);
        // "-5" is plain; "- x", "-" and every other indicator in front are not, or not simply.
        boolean dash = first == '-' && value.length() > 1 && value.charAt(1) != ' '
                && !(inFlow && FLOW_INDICATORS.indexOf(value.charAt(1)) >= 0);
        if (INDICATORS.indexOf(first) >= 0 && !dash) {
            throw new Unsupported();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!YamlScalars.isPrintable(c) && !Character.isSurrogate(c)) {
                throw new Unsupported();
            }
        }
        // Keys, types and names repeat thousands of times in a contract: each distinct text is resolved once,
        // and every node of it holds the one string, so the tree keeps a string per distinct text (its live
        // size at 5,000 tables fell from 183 to 155 MiB) and the reader's map lookups find its hash computed.
        Plain known = plains.get(value);
        if (known == null) {
            known = new Plain(value, word(value) ? Tag.STR : resolver.resolve(NodeId.scalar, value, true));
            plains.put(value, known);
        }
        Mark start = mark(lineIndex, column);
        return new ScalarNode(known.tag, true, known.text, start, start, ScalarStyle.PLAIN);
    }

    private record Plain(String text, Tag tag) {
    }

    /**
     * The YAML 1.1 boolean and null words, in lower case. SnakeYAML resolves only some letter cases of them
     * ({@code true}, {@code True}, {@code TRUE}; not {@code y} or {@code tRUE}), so any case of one is left to
     * its resolver: more than needed, never less.
     */
    private static final Set<String> RESOLVED_WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    /**
     * Whether {@code value} is an identifier (a letter or underscore, then letters, digits and underscores)
     * that is not one of {@link #RESOLVED_WORDS}: SnakeYAML's resolver tags such a text as a string (its other
     * implicit types start with a digit, a sign, a dot or a symbol), and running its regular expressions on
     * each of a contract's thousands of distinct names was an eighth of reading it.
     */
    static boolean word(String value) {
        char first = value.charAt(0);
        if (!(first == '_' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return value.length() > 5 || !RESOLVED_WORDS.contains(value.toLowerCase(Locale.ROOT));
    }

    /** A position in one line. */
    private static final class Cursor {
        final String line;
        int position;

        Cursor(String line, int position) {
            this.line = line;
            this.position = position;
        }

        char peek() {
            if (position >= line.length()) {
                throw new Unsupported();
            }
            return line.charAt(position);
        }

        boolean atEnd() {
            return position >= line.length();
        }

        boolean take(char c) {
            if (position < line.length() && line.charAt(position) == c) {
                position++;
                return true;
            }
            return false;
        }

        void skipSpaces() {
            while (position < line.length() && line.charAt(position) == ' ') {
                position++;
            }
        }
    }
}
