package dev.schemaverify.access;

import dev.schemaverify.access.AccessTests.Value;
import dev.schemaverify.model.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check an actor runs. Each kind says what statement it runs and whether it writes, because against
 * a live database only the ones that read may run.
 */
public sealed interface Check permits Check.Select, Check.Write, Check.Call, Check.Assertion {
    /** The check's name, unique in the file: its JUnit test case. */
    String name();

    /** The actor that runs it. */
    String actor();

    /** What the check expects. */
    Expectation expect();

    /** Where the check is written (its {@code name} key). */
    SourceRef source();

    /** Whether running it changes data (rolled back, but never allowed on a live target). */
    boolean writes();

    /** {@code select}, {@code insert}, ... as written in the file. */
    String kind();

    /**
     * Reads {@code relation} (table or view) with an optional SQL filter.
     *
     * @param where a SQL condition, or {@code null}
     */
    record Select(String name, String actor, String relation, String where, Expectation expect, SourceRef source,
            SourceRef relationSource) implements Check {
        @Override
        public boolean writes() {
            return false;
        }

        @Override
        public String kind() {
            return "select";
        }
    }

    /** The write commands a check can try. */
    enum Command {
        INSERT, UPDATE, DELETE
    }

    /**
     * Tries an insert, update or delete.
     *
     * @param values the row to insert, or the columns to set on update
     * @param row the fixture row to update or delete, or {@code null}
     * @param where a SQL condition to update or delete by, or {@code null} (with no row either: every row)
     */
    record Write(String name, String actor, Command command, String table, Map<String, Value> values, String row,
            String where, Expectation expect, SourceRef source, SourceRef tableSource) implements Check {
        public Write {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public boolean writes() {
            return true;
        }

        @Override
        public String kind() {
            return command.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Calls a function with arguments; a function may write, so it never runs on a live target. */
    record Call(String name, String actor, String function, List<Value> args, Expectation expect, SourceRef source,
            SourceRef functionSource) implements Check {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public boolean writes() {
            return true;
        }

        @Override
        public String kind() {
            return "call";
        }
    }

    /** A SQL query returning one boolean or number, compared with the expectation. */
    record Assertion(String name, String actor, String sql, Expectation expect, SourceRef source, SourceRef sqlSource)
            implements Check {
        @Override
        public boolean writes() {
            return false;
        }

        @Override
        public String kind() {
            return "assert";
        }
    }
}
