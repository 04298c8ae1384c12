package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.migrate.HistoryRow;
import dev.schemaverify.migrate.MigrationState;
import dev.schemaverify.migrate.MigrationStatus;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {
    @Test
    void rendersOneAlignedRowPerMigration() {
        HistoryRow applied = new HistoryRow(1, "1", "create users", "SQL", "db/V1__create_users.sql", "c", "app",
                OffsetDateTime.parse("2026-03-04T10:11:12+02:00"), 12, true);
        MigrationStatus status = new MigrationStatus(List.of(
                new MigrationStatus.Entry("1", "create users", "db/V1__create_users.sql", false,
                        MigrationState.APPLIED, null, applied),
                new MigrationStatus.Entry("10", "tags", "db/V10__tags.sql", false, MigrationState.PENDING, null, null),
                new MigrationStatus.Entry("views", "views", "db/R__views.sql", true, MigrationState.PENDING, null,
                        null)),
                List.of());

        assertEquals(List.of(
                "version | description  | state   | installed on",
                "1       | create users | APPLIED | 2026-03-04 08:11:12Z",
                "10      | tags         | PENDING |",
                "R views | views        | PENDING |"), StatusTable.render(status));
    }
}
