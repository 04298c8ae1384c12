package dev.schemaverify.lint;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real size on the live target of the tables that pre-deploy lint's findings name: a rewrite of an empty
 * table is an instant, of a 4 GB one an outage, and only the target knows which. Read with one bulk query
 * ({@code table_sizes.sql}) for every table the findings name, then written into each message right after
 * the table's first mention: {@code rewrites public.orders (12.3 M rows, 4.1 GB on the target) under ...}.
 */
public final class TargetSizes {
    /** A {@code schema.name} in a message, not part of a longer dotted name ({@code public.orders.note}). */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w$.])[A-Za-z_][\\w$]*\\.[A-Za-z_][\\w$]*(?![\\w$.(])");

    /** One table's size: the planner's estimate of its rows ({@code -1}: never vacuumed or analyzed) and its bytes. */
    public record Size(double rows, long bytes) {
        /** {@code 12.3 M rows, 4.1 GB on the target}. */
        public String describe() {
            String estimate = rows < 0 ? "rows unknown until ANALYZE" : count(rows) + " rows";
            return estimate + ", " + TargetSizes.bytes(bytes) + " on the target";
        }
    }

    /** The subjects whose relations, when the target has none of them, a pending migration creates. */
    private static final Set<String> NEW_TABLE_KINDS = Set.of("table", "column", "index");

    private final Map<String, Size> sizes;
    private final Set<String> relations;

    private TargetSizes(Map<String, Size> sizes, Set<String> relations) {
        this.sizes = sizes;
        this.relations = relations;
    }

    /** Sizes known already, every other relation absent (tests of the wording). */
    static TargetSizes of(Map<String, Size> sizes) {
        return new TargetSizes(new LinkedHashMap<>(sizes), new LinkedHashSet<>(sizes.keySet()));
    }

    /** The sizes of the tables {@code diagnostics} name, read from {@code target} in one query. */
    public static TargetSizes read(Connection target, List<Diagnostic> diagnostics) {
        Set<String> names = new LinkedHashSet<>();
        for (Diagnostic diagnostic : diagnostics) {
            names.addAll(mentioned(diagnostic));
        }
        Map<String, Size> sizes = new LinkedHashMap<>();
        Set<String> relations = new LinkedHashSet<>();
        if (!names.isEmpty()) {
            LintQueries.query(target, "table_sizes", row -> {
                relations.add(row.getString("name"));
                return row.getBoolean("is_table") ? sizes.put(row.getString("name"),
                        new Size(row.getDouble("reltuples"), row.getLong("bytes"))) : null;
            }, new ArrayList<>(names));
        }
        return new TargetSizes(sizes, relations);
    }

    /** The size of {@code table} ({@code schema.name}), or {@code null} when the target has no such table. */
    public Size of(String table) {
        return sizes.get(table);
    }

    /**
     * {@code diagnostic} with the size written after the first table it names that the target has; a finding
     * on a column gets its table's size at the end. A finding on a table, column or index none of whose
     * relations is on the target is about a table an earlier pending migration creates: empty while the deploy
     * runs, nobody waits for its locks, so it becomes info and says so. Otherwise unchanged.
     */
    public Diagnostic annotate(Diagnostic diagnostic) {
        String message = diagnostic.message();
        Set<String> mentioned = mentioned(diagnostic);
        if (NEW_TABLE_KINDS.contains(diagnostic.subject().kind()) && !mentioned.isEmpty()
                && mentioned.stream().noneMatch(relations::contains)) {
            String table = table(diagnostic.subject()) != null ? table(diagnostic.subject())
                    : mentioned.stream().filter(name -> !name.equals(diagnostic.subject().name())).findFirst()
                            .orElse(diagnostic.subject().name());
            return new Diagnostic(diagnostic.code(), Severity.INFO, diagnostic.subject(), diagnostic.group(), message
                    + " (" + table + " is not on the target yet: an earlier pending migration creates it, so it is"
                    + " empty when this runs)", diagnostic.location(),
                    diagnostic.property(), diagnostic.expected(), diagnostic.actual());
        }
        Matcher matcher = QUALIFIED.matcher(message);
        String annotated = null;
        while (annotated == null && matcher.find()) {
            Size size = sizes.get(matcher.group());
            if (size != null) {
                annotated = message.substring(0, matcher.end()) + " (" + size.describe() + ")"
                        + message.substring(matcher.end());
            }
        }
        if (annotated == null) {
            String table = table(diagnostic.subject());
            Size size = table == null ? null : sizes.get(table);
            if (size == null) {
                return diagnostic;
            }
            annotated = message + " (" + table + ": " + size.describe() + ")";
        }
        return new Diagnostic(diagnostic.code(), diagnostic.severity(), diagnostic.subject(), diagnostic.group(),
                annotated, diagnostic.location(), diagnostic.property(), diagnostic.expected(), diagnostic.actual());
    }

    private static Set<String> mentioned(Diagnostic diagnostic) {
        Set<String> names = new LinkedHashSet<>();
        String table = table(diagnostic.subject());
        if (table != null) {
            names.add(table);
        }
        Matcher matcher = QUALIFIED.matcher(diagnostic.message());
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    /** The table a finding is about: a table's own name, a column's table. */
    private static String table(Diagnostic.Subject subject) {
        if (subject.kind().equals("table")) {
            return subject.name();
        }
        if (subject.kind().equals("column") && subject.name().indexOf('.') != subject.name().lastIndexOf('.')) {
            return subject.name().substring(0, subject.name().lastIndexOf('.'));
        }
        return null;
    }

    /** {@code 850}, {@code 12.3 k}, {@code 12.3 M}, {@code 1.2 G}: the estimate is rounded, as it is an estimate. */
    static String count(double rows) {
        long whole = Math.round(rows);
        if (whole < 1000) {
            return Long.toString(whole);
        }
        String[] units = {"k", "M", "G", "T"};
        double value = whole;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** {@code 8192 bytes}, {@code 16.0 kB}, {@code 4.1 GB}, in powers of 1024 as {@code pg_size_pretty} counts. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1023.95 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
