package dev.schemaverify.report;

import java.util.List;
import java.util.Objects;

/**
 * A table a goal shows beside its findings, e.g. the access tests' RLS matrix (which role may select,
 * insert, update, delete on which table). Writers render it as they render everything else: aligned
 * columns on the console, an array in JSON, a Markdown or HTML table.
 *
 * @param title a heading, e.g. {@code RLS matrix (no claims)}
 * @param header the column names
 * @param rows the rows, each as long as the header
 */
public record ReportTable(String title, List<String> header, List<List<String>> rows) {
    public ReportTable {
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + title + " has " + row.size() + " cells, the header "
                        + header.size());
            }
        }
    }

    /** The table as aligned text lines: the header, a rule, then the rows. */
    public List<String> aligned() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(line(header, widths));
        lines.add(line(java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
        rows.forEach(row -> lines.add(line(row, widths)));
        return lines;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            text.append(i == 0 ? "" : "  ").append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        return text.toString().stripTrailing();
    }
}
