package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.ObservedStatement.ColumnChange;
import dev.schemaverify.lint.StatementRule;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration changes the type of an existing column to one that may not hold every value, or that
 * clients read differently: the types compared as PostgreSQL formats them before and after.
 *
 * <p>Widening is not reported: {@code varchar(n)} to a longer {@code varchar} or to {@code text};
 * {@code smallint} to {@code integer} or {@code bigint}, {@code integer} to {@code bigint}; {@code
 * numeric(p,s)} to more digits with the same scale, or to unconstrained {@code numeric}; {@code real} to
 * {@code double precision}. Everything else is: {@code varchar(100)} to {@code varchar(50)} truncates or
 * fails, {@code text} to {@code integer} fails on a non-number, {@code timestamp} to {@code timestamptz}
 * reinterprets every value in the session's time zone. (Whether the change also rewrites the table is
 * {@code table-rewrite}'s business.)
 */
public final class ColumnTypeChanged implements StatementRule {
    private static final Pattern SIZED = Pattern.compile("(character varying|character|bit varying|numeric)\\((\\d+)(?:,(\\d+))?\\)");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    @Override
    public String id() {
        return "column-type-changed";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        return statement.columns().stream()
                .filter(c -> c.kind() == ColumnChange.Kind.TYPE_CHANGED && !widens(c.before(), c.after()))
                .map(c -> new Hit("column", c.table() + "." + c.column(), statement.verb() + " changes column "
                        + c.table() + "." + c.column() + " from " + c.before() + " to " + c.after()
                        + ", which may not hold every value"))
                .toList();
    }

    /** Whether every value of {@code before} fits {@code after} unchanged. */
    static boolean widens(String before, String after) {
        if (INTEGERS.contains(before) && INTEGERS.contains(after)) {
            return INTEGERS.indexOf(after) >= INTEGERS.indexOf(before);
        }
        if (before.equals("real") && after.equals("double precision")) {
            return true;
        }
        Matcher from = SIZED.matcher(before);
        if (!from.matches()) {
            return false;
        }
        String base = from.group(1);
        if (base.equals("character varying") && (after.equals("text") || after.equals("character varying"))) {
            return true;
        }
        if (base.equals("numeric") && after.equals("numeric")) {
            return true;
        }
        Matcher to = SIZED.matcher(after);
        if (!to.matches() || !to.group(1).equals(base) && !(base.equals("character") && to.group(1).equals("character varying"))) {
            return false;
        }
        int size = Integer.parseInt(from.group(2));
        int newSize = Integer.parseInt(to.group(2));
        if (base.equals("numeric")) {
            int scale = from.group(3) == null ? 0 : Integer.parseInt(from.group(3));
            int newScale = to.group(3) == null ? 0 : Integer.parseInt(to.group(3));
            return newScale == scale && newSize >= size;
        }
        return newSize >= size;
    }
}
