package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.api.RollbackCheckResult;
import dev.schemaverify.rollback.MigrationCheck;
import dev.schemaverify.rollback.MigrationCheck.Outcome;
import dev.schemaverify.rollback.MigrationCheck.Timings;
import dev.schemaverify.rollback.RollbackFinding;
import dev.schemaverify.rollback.RollbackReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollbackCheckReportTest {
    private static final Timings TIMINGS = new Timings(Duration.ofMillis(12), Duration.ofMillis(3),
            Duration.ofMillis(10), Duration.ofMillis(40));

    private static RollbackCheckResult failing() {
        RollbackFinding left = new RollbackFinding("rollback-leaves-behind", "db/002_idx.down.sql",
                "rollback of 002 leaves behind index public.users.users_email_idx");
        return new RollbackCheckResult("shadow database (PostgreSQL 17)", new RollbackReport(
                "SQL folder db (up/down layout)", List.of(
                        new MigrationCheck("001", "users", "db/001_users.up.sql", "db/001_users.down.sql",
                                Outcome.PASSED, null, TIMINGS, List.of()),
                        new MigrationCheck("002", "idx", "db/002_idx.up.sql", "db/002_idx.down.sql",
                                Outcome.FAILED, null, TIMINGS, List.of(left)))));
    }

    @Test
    void consoleShowsTimingsAndTheFailingMigrationsFiles() {
        assertEquals(List.of(
                "INFO Rollback check of SQL folder db (up/down layout) on shadow database (PostgreSQL 17):",
                "INFO   001 users: passed in 65 ms (up 12 ms, down 3 ms, up again 10 ms, inspect 40 ms)",
                "INFO   002 idx: failed in 65 ms (up 12 ms, down 3 ms, up again 10 ms, inspect 40 ms)",
                "ERROR Migration 002 (up db/002_idx.up.sql, down db/002_idx.down.sql):",
                "ERROR   db/002_idx.down.sql: error [rollback-leaves-behind] rollback of 002 leaves behind index"
                        + " public.users.users_email_idx",
                "ERROR Rollback check failed: 2 migrations: 1 passed, 1 failed, 0 skipped, 0 applied only, 0 never"
                        + " reached, in 130 ms."),
                RollbackCheckReport.render(failing()).stream().map(l -> l.severity() + " " + l.text()).toList());
    }

    @Test
    void jsonHasNoTimings() {
        assertEquals("""
                {
                  "tool": "schema-verify",
                  "format": 1,
                  "check": "rollback",
                  "source": "SQL folder db (up/down layout)",
                  "database": "shadow database (PostgreSQL 17)",
                  "passed": false,
                  "summary": {
                    "migrations": 2,
                    "passed": 1,
                    "failed": 1,
                    "skipped": 0,
                    "applied": 0,
                    "not_reached": 0,
                    "findings": 1
                  },
                  "migrations": [
                    {
                      "version": "001",
                      "description": "users",
                      "up": "db/001_users.up.sql",
                      "down": "db/001_users.down.sql",
                      "outcome": "passed",
                      "findings": []
                    },
                    {
                      "version": "002",
                      "description": "idx",
                      "up": "db/002_idx.up.sql",
                      "down": "db/002_idx.down.sql",
                      "outcome": "failed",
                      "findings": [
                        {
                          "code": "rollback-leaves-behind",
                          "severity": "error",
                          "location": "db/002_idx.down.sql",
                          "message": "rollback of 002 leaves behind index public.users.users_email_idx"
                        }
                      ]
                    }
                  ]
                }
                """, RollbackCheckReport.renderJson(failing()));
    }
}
