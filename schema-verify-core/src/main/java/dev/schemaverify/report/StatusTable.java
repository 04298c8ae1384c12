package dev.schemaverify.report;

import dev.schemaverify.migrate.MigrationStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The migration status as a plain-text table: version, description, state, installed on. */
public final class StatusTable {
    private static final DateTimeFormatter INSTALLED_ON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");

    private StatusTable() {
    }

    /** One line per row, header first; columns padded to their widest cell. */
    public static List<String> render(MigrationStatus status) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"version", "description", "state", "installed on"});
        for (MigrationStatus.Entry entry : status.entries()) {
            rows.add(new String[] {entry.repeatable() ? "R " + entry.version() : entry.version(), entry.description(),
                    entry.state().name(), entry.installedOn() == null ? ""
                            : INSTALLED_ON.format(entry.installedOn().withOffsetSameInstant(ZoneOffset.UTC))});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : " | ").append(i == row.length - 1 ? row[i]
                        : row[i] + " ".repeat(widths[i] - row[i].length()));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
