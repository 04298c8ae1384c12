package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquibase is optional: the Maven plugin adds it to its class path only when the migrations are a changelog
 * file, and an application using the core at start-up need not have it. So every goal on a SQL folder must run
 * with only the core, pgjdbc and SnakeYAML on the class path. This runs them ({@link SqlFolderGoals}) in such a
 * class loader; a goal that links a Liquibase class on the way fails here with {@code NoClassDefFoundError}.
 */
class SqlFolderWithoutLiquibaseIT {
    private static URL jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void everyGoalRunsOnASqlFolderWithoutLiquibaseOnTheClassPath(@TempDir Path work) throws Exception {
        URL[] classPath = {jarOf(SchemaVerifier.class), jarOf(SqlFolderGoals.class), jarOf(org.postgresql.Driver.class),
                jarOf(org.yaml.snakeyaml.Yaml.class)};
        Path folder = Quickstart.resources().resolve("../../../../../multitenant/src/main/resources/db/migration")
                .normalize();
        String server = TestDatabases.server().getJdbcUrl("postgres", "postgres");
        try (URLClassLoader core = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> core.loadClass("liquibase.Liquibase"));
            assertThrows(ClassNotFoundException.class,
                    () -> core.loadClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres"));
            Object lines;
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(core); // as Maven does for a plugin's goal: the driver is found there
            try {
                lines = core.loadClass(SqlFolderGoals.class.getName())
                        .getMethod("run", String.class, String.class, Path.class, Path.class)
                        .invoke(null, server, "postgres", folder, work);
            } catch (InvocationTargetException e) {
                throw new AssertionError("a goal failed without Liquibase on the class path", e.getCause());
            } finally {
                thread.setContextClassLoader(before);
            }
            assertEquals(List.of("migrate: applied 22", "status: applied 22, pending 0", "inspect: 10 tables",
                    "verify: 0 findings", "rollback-check: passed", "lint: 58 statements observed"), lines);
        }
    }
}
