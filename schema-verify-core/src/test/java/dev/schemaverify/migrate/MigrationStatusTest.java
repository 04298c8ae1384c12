package dev.schemaverify.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationStatusTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-01-02T03:04:05Z");

    private static HistoryRow row(int rank, MigrationStep step, boolean success) {
        return row(rank, step.version(), step.location(), step.checksum(), step.repeatable(), success);
    }

    private static HistoryRow row(int rank, String version, String script, String checksum, boolean repeatable,
            boolean success) {
        return new HistoryRow(rank, version, "d", repeatable ? HistoryRow.REPEATABLE : HistoryRow.VERSIONED, script,
                checksum, "postgres", AT, 5, success);
    }

    private static List<String> rendered(MigrationStatus status) {
        return status.entries().stream().map(e -> e.version() + " " + e.state() + " " + e.location()).toList();
    }

    @Test
    void everyStateAndItsProblem() {
        InMemorySource applied = new InMemorySource()
                .versioned("1", "one", "SELECT 1;")
                .versioned("2", "two", "SELECT 2;")
                .versioned("4", "four", "SELECT 4;")
                .versioned("5", "five", "SELECT 5;")
                .repeatable("view", "SELECT 'v';");
        MigrationStep one = applied.steps().get(0);
        MigrationStep four = applied.steps().get(2);
        MigrationStep five = applied.steps().get(3);
        MigrationStep view = applied.steps().get(4);
        List<HistoryRow> history = List.of(row(1, one, true), row(2, "2", "db/V2__two.sql", "old", false, true),
                row(3, "3", "db/V3__gone.sql", "c3", false, true), row(4, five, false), row(5, view, true),
                row(6, "old_view", "db/R__old_view.sql", "c", true, true));
        InMemorySource now = new InMemorySource()
                .versioned("1", "one", "SELECT 1;")
                .versioned("2", "two", "SELECT 2;")
                .versioned("4", "four", "SELECT 4;")
                .versioned("5", "five", "SELECT 5;")
                .versioned("6", "six", "SELECT 6;")
                .repeatable("view", "SELECT 'changed';");

        MigrationStatus status = MigrationStatus.of(now, history);

        assertEquals(List.of("1 APPLIED db/V1__one.sql", "2 EDITED db/V2__two.sql", "4 OUT_OF_ORDER db/V4__four.sql",
                "5 FAILED db/V5__five.sql", "6 PENDING db/V6__six.sql", "view PENDING db/R__view.sql",
                "3 MISSING_FILE db/V3__gone.sql", "old_view MISSING_FILE db/R__old_view.sql"), rendered(status));
        assertEquals(List.of(
                "db/R__old_view.sql: warning [missing-file] repeatable migration old_view is in the history but its"
                        + " file is gone; restore the file",
                "db/V2__two.sql: error [edited-after-apply] migration 2 was edited after it was applied (checksum old in"
                        + " history, " + applied.steps().get(1).checksum() + " now); revert the edit and put the change"
                        + " in a new migration",
                "db/V3__gone.sql: error [missing-file] migration 3 is in the history but its file is gone; restore the"
                        + " file, or allow missing files",
                "db/V4__four.sql: error [out-of-order] migration 4 is pending but older than the newest applied"
                        + " migration 5; give it a newer version, or allow out-of-order migrations",
                "db/V5__five.sql: error [failed-migration] migration 5 failed part-way outside a transaction; undo what"
                        + " it left behind, then delete its row from the history (success = false) and migrate again"),
                status.problems().stream().map(MigrationProblem::toString).toList());
        assertEquals(AT, status.entries().get(0).installedOn());
        assertEquals(null, status.entries().get(4).installedOn());
        assertEquals(four.version(), status.in(MigrationState.OUT_OF_ORDER).get(0).version());
    }

    @Test
    void outOfOrderIsAWarningWhenAllowed() {
        InMemorySource source = new InMemorySource().versioned("1", "a", "SELECT 1;").versioned("2", "b", "SELECT 2;");
        MigrationStatus status = MigrationStatus.of(source, List.of(row(1, source.steps().get(1), true)), true);
        assertEquals(List.of("db/V1__a.sql: warning [out-of-order] migration 1 is pending but older than the newest"
                + " applied migration 2; give it a newer version, or allow out-of-order migrations"),
                status.problems().stream().map(MigrationProblem::toString).toList());
    }

    @Test
    void numericVersionComparison() {
        assertEquals(1, Migrator.compareNumeric("1.10", "1.9"));
        assertEquals(0, Migrator.compareNumeric("1_1", "1.1.0"));
        assertEquals(-1, Migrator.compareNumeric("999", "20240101120000"));
        assertEquals(null, Migrator.compareNumeric("latest", "1"));
    }
}
