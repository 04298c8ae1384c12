package dev.schemaverify.bench;

import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.rollback.MigrationCheck;
import dev.schemaverify.rollback.RollbackCheckOptions;
import dev.schemaverify.rollback.RollbackChecker;
import dev.schemaverify.rollback.RollbackReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Times a rollback check of a migration folder in one JVM, per phase: {@code RollbackTiming <folder> <jdbc url
 * of an empty database>}. The whole-process figures come from bench.py; this one says where the time goes.
 */
public final class RollbackTiming {
    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String url = args[1];
        long started = System.nanoTime();
        RollbackReport report = new RollbackChecker(RollbackCheckOptions.all())
                .check(MigrationSources.forLocation(folder, folder.toString(), null, null), () -> {
                    try {
                        return DriverManager.getConnection(url);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        Duration up = Duration.ZERO, down = Duration.ZERO, reapply = Duration.ZERO, inspect = Duration.ZERO;
        int failed = 0;
        for (MigrationCheck check : report.migrations()) {
            up = up.plus(check.timings().up());
            down = down.plus(check.timings().down());
            reapply = reapply.plus(check.timings().reapply());
            inspect = inspect.plus(check.timings().inspect());
            failed += check.outcome() == MigrationCheck.Outcome.FAILED ? 1 : 0;
        }
        int n = report.migrations().size();
        System.out.printf("%d migrations (%d failed) in %d ms: %d ms per migration; up %d, down %d, re-apply %d,"
                + " inspect %d ms in all%n", n, failed, total.toMillis(), total.toMillis() / Math.max(1, n),
                up.toMillis(), down.toMillis(), reapply.toMillis(), inspect.toMillis());
    }
}
