package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.CatalogRule;
import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintQueries;
import dev.schemaverify.model.Severity;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy calls a {@code STABLE} function that takes no column of the row, such as {@code auth.uid()},
 * {@code auth.jwt()} or {@code current_setting('request.jwt.claims', true)}, directly in its expression.
 * PostgreSQL then calls it once for every row it filters; written as a sub-select,
 * {@code owner = (select auth.uid())}, it becomes an init plan that runs once per statement, which on a
 * large table is the difference between milliseconds and seconds. The calls are found in the policy's
 * stored expression tree ({@code pg_policy.polqual}, {@code polwithcheck}) as PostgreSQL parsed it: a call
 * inside a sub-select, or one that takes a column, is not reported. A warning by default.
 */
public final class PolicyFunctionPerRow implements CatalogRule {
    @Override
    public String id() {
        return "policy-function-per-row";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Hit> check(Connection connection, LintOptions options) {
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : LintQueries.query(connection, "policy_function_per_row", row -> {
            Map<Long, String> stable = new HashMap<>();
            Long[] oids = (Long[]) row.getArray("functions").getArray();
            String[] names = strings(row.getArray("names"));
            for (int i = 0; i < oids.length; i++) {
                stable.put(oids[i], names[i]);
            }
            Set<String> calls = new LinkedHashSet<>();
            calls.addAll(perRowCalls(row.getString("qual"), stable));
            calls.addAll(perRowCalls(row.getString("with_check"), stable));
            if (calls.isEmpty()) {
                return null;
            }
            String first = calls.iterator().next();
            String policy = row.getString("policy") + " on " + row.getString("table_name");
            return new Hit("policy", policy, "policy " + policy + " calls " + String.join(", ", calls)
                    + " for every row; wrap " + (calls.size() == 1 ? "it" : "each") + " in a sub-select, e.g. (select "
                    + first + "), so it runs once per statement");
        })) {
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    /** One node of the tree while it is read: its type, and for a function call its id and whether it reads a column. */
    private static final class Frame {
        final String type;
        final boolean underSubselect;
        long function = -1;
        boolean readsColumn;

        Frame(String type, boolean underSubselect) {
            this.type = type;
            this.underSubselect = underSubselect;
        }
    }

    /**
     * The names of the stable functions {@code tree} (a {@code pg_node_tree} as text) calls outside any
     * sub-select ({@code SUBLINK}) without a column ({@code VAR}) among their arguments.
     */
    static List<String> perRowCalls(String tree, Map<Long, String> stable) {
        List<String> calls = new ArrayList<>();
        if (tree == null) {
            return calls;
        }
        List<String> tokens = tokens(tree);
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("{") && i + 1 < tokens.size()) {
                String type = tokens.get(++i);
                boolean under = type.equals("SUBLINK") || !stack.isEmpty() && (stack.peek().underSubselect
                        || stack.peek().type.equals("SUBLINK"));
                if (type.equals("VAR")) {
                    stack.forEach(frame -> frame.readsColumn = true);
                }
                stack.push(new Frame(type, under));
            } else if (token.equals("}") && !stack.isEmpty()) {
                Frame frame = stack.pop();
                String name = stable.get(frame.function);
                if (frame.type.equals("FUNCEXPR") && name != null && !frame.readsColumn && !frame.underSubselect
                        && !calls.contains(name)) {
                    calls.add(name);
                }
            } else if (token.equals(":funcid") && !stack.isEmpty() && stack.peek().type.equals("FUNCEXPR")
                    && i + 1 < tokens.size()) {
                try {
                    stack.peek().function = Long.parseLong(tokens.get(++i));
                } catch (NumberFormatException e) {
                    // not an id: leave the call unknown, so it is not reported
                }
            }
        }
        return calls;
    }

    /** Splits a node tree as PostgreSQL's reader does: parentheses and braces alone, backslash escapes. */
    private static List<String> tokens(String tree) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < tree.length(); i++) {
            char c = tree.charAt(i);
            if (c == '\\' && i + 1 < tree.length()) {
                if (current.length() == 0) {
                    current.append('\\'); // an escaped token (a name) is never a brace or parenthesis
                }
                current.append(tree.charAt(++i));
            } else if (Character.isWhitespace(c) || "(){}".indexOf(c) >= 0) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
