package dev.schemaverify.diff;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.util.Set;

/**
 * One difference between an expected and an actual schema.
 *
 * <p>{@code objectKind} is what users call the object ({@code column}, {@code policy}), {@code path} names
 * it ({@code public.users.email}), and {@code source} is the contract location it was declared at, when
 * there is one.
 */
public sealed interface Finding extends Comparable<Finding> permits Finding.Missing, Finding.Unexpected, Finding.Changed {

    /** What the finding says happened. */
    enum Kind {
        MISSING,
        UNEXPECTED,
        CHANGED
    }

    Kind kind();

    String objectKind();

    String path();

    Severity severity();

    SourceRef source();

    /** The finding's code, stable for reports and filters, e.g. {@code missing-column}. */
    default String code() {
        return kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + objectKind().replace(' ', '-');
    }

    /** One line for a person: {@code column public.users.email: expected type text, found integer}. */
    String message();

    /** Kinds that live inside a table; their findings are grouped under the table. */
    Set<String> TABLE_PARTS = Set.of("column", "primary key", "unique constraint", "foreign key", "check constraint",
            "index", "policy", "trigger", "grant");

    /** The top-level object reports group this finding under, e.g. {@code table public.profiles}. */
    default String group() {
        if (!TABLE_PARTS.contains(objectKind())) {
            return objectKind() + " " + path();
        }
        if (objectKind().equals("primary key")) {
            return "table " + path();
        }
        String path = path();
        boolean quoted = false;
        int lastDot = -1;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                lastDot = i;
            }
        }
        return "table " + (lastDot < 0 ? path : path.substring(0, lastDot));
    }

    /** This finding as the one value every report and the build decision read. */
    default Diagnostic toDiagnostic() {
        Diagnostic.Subject subject = new Diagnostic.Subject(objectKind(), path());
        if (this instanceof Changed changed) {
            return new Diagnostic(code(), severity(), subject, group(), message(), source(), changed.property(),
                    changed.expected(), changed.actual());
        }
        return new Diagnostic(code(), severity(), subject, group(), message(), source());
    }

    @Override
    default int compareTo(Finding other) {
        int byPath = path().compareTo(other.path());
        if (byPath != 0) {
            return byPath;
        }
        int byKind = objectKind().compareTo(other.objectKind());
        if (byKind != 0) {
            return byKind;
        }
        int byFindingKind = kind().compareTo(other.kind());
        if (byFindingKind != 0) {
            return byFindingKind;
        }
        return message().compareTo(other.message());
    }

    /** The contract declares an object the database does not have. */
    record Missing(String objectKind, String path, Severity severity, SourceRef source) implements Finding {
        @Override
        public Kind kind() {
            return Kind.MISSING;
        }

        @Override
        public String message() {
            return objectKind + " " + path + " is missing";
        }
    }

    /** The database has an object the contract does not declare (reported in strict mode). */
    record Unexpected(String objectKind, String path, Severity severity, SourceRef source) implements Finding {
        @Override
        public Kind kind() {
            return Kind.UNEXPECTED;
        }

        @Override
        public String message() {
            return objectKind + " " + path + " is not in the contract";
        }
    }

    /** Both have the object, but one property differs. */
    record Changed(
            String objectKind,
            String path,
            String property,
            String expected,
            String actual,
            Severity severity,
            SourceRef source) implements Finding {
        @Override
        public Kind kind() {
            return Kind.CHANGED;
        }

        /**
         * One line even for multi-line values (bodies, view definitions): those name the first line that
         * differs; the report files carry the whole values.
         */
        @Override
        public String message() {
            LineDifference difference = LineDifference.of(expected, actual);
            if (difference != null) {
                return objectKind + " " + path + ": " + property + " differs at line " + difference.line()
                        + ": expected " + difference.before() + ", found " + difference.after();
            }
            return objectKind + " " + path + ": " + property + " expected " + show(expected) + ", found " + show(actual);
        }

        /** A value as findings quote it: {@code 'text'}, or {@code (none)}. */
        public static String show(String value) {
            return value == null ? "(none)" : "'" + value + "'";
        }
    }

    /**
     * Where two values first differ when either spans lines (bodies, view definitions), so a finding stays
     * one line: the 1-based line and each side's text there, quoted, or {@code (end)} past its last line.
     */
    record LineDifference(int line, String before, String after) {
        /** The first differing line, or {@code null} when neither value spans lines. */
        public static LineDifference of(String before, String after) {
            if (!isMultiLine(before) && !isMultiLine(after)) {
                return null;
            }
            String[] a = before == null ? new String[0] : before.split("\n", -1);
            String[] b = after == null ? new String[0] : after.split("\n", -1);
            int line = 0;
            while (line < a.length && line < b.length && a[line].equals(b[line])) {
                line++;
            }
            return new LineDifference(line + 1, quoted(a, line), quoted(b, line));
        }

        private static boolean isMultiLine(String value) {
            return value != null && value.indexOf('\n') >= 0;
        }

        private static String quoted(String[] lines, int index) {
            return index < lines.length ? "'" + lines[index].strip() + "'" : "(end)";
        }
    }
}
