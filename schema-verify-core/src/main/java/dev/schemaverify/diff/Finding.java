package dev.schemaverify.diff;

import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;

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
            if (isMultiLine(expected) || isMultiLine(actual)) {
                String[] want = expected == null ? new String[0] : expected.split("\n", -1);
                String[] have = actual == null ? new String[0] : actual.split("\n", -1);
                int line = 0;
                while (line < want.length && line < have.length && want[line].equals(have[line])) {
                    line++;
                }
                return objectKind + " " + path + ": " + property + " differs at line " + (line + 1) + ": expected "
                        + showLine(want, line) + ", found " + showLine(have, line);
            }
            return objectKind + " " + path + ": " + property + " expected " + show(expected) + ", found " + show(actual);
        }

        private static boolean isMultiLine(String value) {
            return value != null && value.indexOf('\n') >= 0;
        }

        private static String showLine(String[] lines, int index) {
            return index < lines.length ? "'" + lines[index].strip() + "'" : "(end)";
        }

        private static String show(String value) {
            return value == null ? "(none)" : "'" + value + "'";
        }
    }
}
