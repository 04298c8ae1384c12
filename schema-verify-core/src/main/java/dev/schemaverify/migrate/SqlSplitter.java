package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL script into statements at top-level semicolons, respecting dollar-quoted bodies,
 * quoted strings and identifiers, and comments.
 *
 * <p>What counts as "top level" follows PostgreSQL's lexer: semicolons inside {@code '...'},
 * {@code E'...'} (backslash escapes), {@code "..."}, {@code $tag$...$tag$}, {@code --} and nested
 * {@code /* *}{@code /} comments do not split. The body of a SQL-standard function
 * ({@code CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ... END}) is kept whole, counting
 * {@code CASE ... END} pairs inside it, as psql does. psql meta-commands ({@code \i}, {@code \set})
 * are not SQL and are rejected.
 *
 * <p>Each statement starts at its first character that is neither blank nor part of a comment, and
 * ends at its last such character; the separating semicolon is not part of it.
 */
public final class SqlSplitter {
    private static final String DEFAULT_DISPLAY_NAME = "script";

    private SqlSplitter() {
    }

    /** Splits {@code script}; errors are reported as {@code script:line:column: ...}. */
    public static List<SqlStatement> split(String script) {
        return split(script, DEFAULT_DISPLAY_NAME);
    }

    /** Splits {@code script}; errors are reported as {@code displayName:line:column: ...}. */
    public static List<SqlStatement> split(String script, String displayName) {
        return split(script, displayName, 0);
    }

    /**
     * Splits {@code script}, a part of a larger file that starts after its line {@code lineOffset} (a
     * section of a file with up and down sections): statement lines and errors count from the file's top.
     */
    public static List<SqlStatement> split(String script, String displayName, int lineOffset) {
        return new Scanner(script, displayName, lineOffset).run();
    }

    private static final class Scanner {
        private final String text;
        private final String displayName;
        private final LineIndex lines;
        private final int lineOffset;
        private final List<SqlStatement> statements = new ArrayList<>();

        private int pos;
        /** Offset of the current statement's first significant character, or -1 before it. */
        private int start = -1;
        /** Offset just after the current statement's last significant character. */
        private int end;
        /** Lower-cased top-level words of the current statement, only the first few are needed. */
        private final List<String> leadingWords = new ArrayList<>();
        private String previousWord;
        /** Depth of BEGIN ATOMIC / CASE blocks still open in a SQL-standard function body. */
        private int atomicDepth;

        Scanner(String text, String displayName, int lineOffset) {
            this.text = text;
            this.displayName = displayName;
            this.lines = new LineIndex(text);
            this.lineOffset = lineOffset;
        }

        List<SqlStatement> run() {
            int length = text.length();
            while (pos < length) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '-' && peek(1) == '-') {
                    skipLineComment();
                } else if (c == '/' && peek(1) == '*') {
                    skipBlockComment();
                } else if (c == ';' && atomicDepth == 0) {
                    finishStatement();
                    pos++;
                } else {
                    if (start < 0) {
                        start = pos;
                    }
                    scanToken(c);
                    end = pos;
                }
            }
            finishStatement();
            return List.copyOf(statements);
        }

        private void scanToken(char c) {
            if (c == '\'') {
                skipQuoted(pos, '\'', false, "string literal");
            } else if (c == '"') {
                skipQuoted(pos, '"', false, "quoted identifier");
            } else if (c == '$') {
                scanDollar();
            } else if (c == '\\' && isFirstOnLine(pos)) {
                throw error(pos, "psql meta-command " + metaCommand(pos)
                        + " is not supported; only SQL statements can be applied, so replace it by the SQL it stands for");
            } else if (isWordStart(c)) {
                scanWord();
            } else {
                pos++;
            }
        }

        private void scanWord() {
            int wordStart = pos;
            pos++;
            while (pos < text.length() && isWordPart(text.charAt(pos))) {
                pos++;
            }
            String word = text.substring(wordStart, pos);
            if (pos < text.length() && text.charAt(pos) == '\'' && word.equalsIgnoreCase("e")) {
                skipQuoted(wordStart, '\'', true, "escape string literal");
                return;
            }
            onWord(word.toLowerCase(Locale.ROOT));
        }

        private void onWord(String word) {
            if (leadingWords.size() < 4) {
                leadingWords.add(word);
            }
            if (atomicDepth > 0) {
                if (word.equals("case")) {
                    atomicDepth++;
                } else if (word.equals("end")) {
                    atomicDepth--;
                } else if (word.equals("atomic") && "begin".equals(previousWord)) {
                    atomicDepth++;
                }
            } else if (word.equals("atomic") && "begin".equals(previousWord) && isCreateRoutine()) {
                atomicDepth = 1;
            }
            previousWord = word;
        }

        private boolean isCreateRoutine() {
            if (leadingWords.size() < 2 || !leadingWords.get(0).equals("create")) {
                return false;
            }
            int kind = 1;
            if (leadingWords.get(1).equals("or")) {
                if (leadingWords.size() < 4 || !leadingWords.get(2).equals("replace")) {
                    return false;
                }
                kind = 3;
            }
            String word = leadingWords.get(kind);
            return word.equals("function") || word.equals("procedure");
        }

        private void scanDollar() {
            int tagEnd = dollarTagEnd(pos);
            if (tagEnd < 0) {
                pos++; // a positional parameter such as $1, or a stray dollar sign
                return;
            }
            String tag = text.substring(pos, tagEnd);
            int close = text.indexOf(tag, tagEnd);
            if (close < 0) {
                throw unterminated(pos, "dollar-quoted string " + tag);
            }
            pos = close + tag.length();
        }

        /** The offset after the closing {@code $} of a dollar-quote tag starting at {@code at}, or -1. */
        private int dollarTagEnd(int at) {
            int i = at + 1;
            if (i < text.length() && isTagStart(text.charAt(i))) {
                i++;
                while (i < text.length() && isTagPart(text.charAt(i))) {
                    i++;
                }
            }
            return i < text.length() && text.charAt(i) == '$' ? i + 1 : -1;
        }

        private void skipQuoted(int from, char quote, boolean backslashEscapes, String what) {
            int i = pos + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (backslashEscapes && c == '\\') {
                    i += 2;
                } else if (c == quote) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        i += 2;
                    } else {
                        pos = i + 1;
                        return;
                    }
                } else {
                    i++;
                }
            }
            throw unterminated(from, what);
        }

        private void skipLineComment() {
            int newline = text.indexOf('\n', pos);
            pos = newline < 0 ? text.length() : newline + 1;
        }

        private void skipBlockComment() {
            int from = pos;
            int depth = 0;
            int i = pos;
            while (i < text.length()) {
                if (text.startsWith("/*", i)) {
                    depth++;
                    i += 2;
                } else if (text.startsWith("*/", i)) {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        pos = i;
                        return;
                    }
                } else {
                    i++;
                }
            }
            throw unterminated(from, "block comment");
        }

        private void finishStatement() {
            if (atomicDepth > 0 && pos >= text.length()) {
                throw unterminated(start, "BEGIN ATOMIC body (no matching END)");
            }
            if (start >= 0) {
                statements.add(new SqlStatement(text.substring(start, end), lineOffset + lines.line(start),
                        lines.column(start)));
            }
            start = -1;
            leadingWords.clear();
            previousWord = null;
            atomicDepth = 0;
        }

        private boolean isFirstOnLine(int at) {
            for (int i = at - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == '\n') {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        private String metaCommand(int at) {
            int i = at + 1;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return text.substring(at, i);
        }

        private char peek(int ahead) {
            int i = pos + ahead;
            return i < text.length() ? text.charAt(i) : '\0';
        }

        private SchemaVerifyException unterminated(int at, String what) {
            return error(at, "unterminated " + what + " starting at line " + (lineOffset + lines.line(at)));
        }

        private SchemaVerifyException error(int at, String message) {
            return new SchemaVerifyException(ErrorCode.SQL,
                    displayName + ":" + (lineOffset + lines.line(at)) + ":" + lines.column(at) + ": " + message);
        }
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || Character.isDigit(c) || c >= 0x80;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isTagPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c >= 0x80;
    }
}
