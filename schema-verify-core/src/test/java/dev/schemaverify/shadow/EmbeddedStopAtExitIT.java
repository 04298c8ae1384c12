package dev.schemaverify.shadow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared server of a Maven build is stopped by a shutdown hook that runs after Maven has closed the
 * plugin's class loader. This starts one in a class loader of its own, closes that loader as Maven does, then
 * runs the hook: the server must stop and its data directory must be gone. zonky's own hook failed here
 * with {@code NoClassDefFoundError: org/apache/commons/io/FileUtils} after every build and left the data
 * directory in the temporary directory.
 */
class EmbeddedStopAtExitIT {
    private static URL jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static Path pg16Jar() {
        String property = System.getProperty("schema-verify.test.pg16-binaries");
        if (property == null || !Files.isRegularFile(Path.of(property))) {
            throw new IllegalStateException("PostgreSQL 16 binaries jar not found at " + property
                    + "; run the tests through Maven (mvn verify)");
        }
        return Path.of(property);
    }

    @Test
    void theExitHookStopsTheServerAndDeletesItsDataAfterTheClassLoaderIsClosed() throws Exception {
        List<URL> classPath = new ArrayList<>();
        for (Class<?> type : List.of(EmbeddedShadow.class, io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class,
                org.apache.commons.io.FileUtils.class, org.apache.commons.lang3.StringUtils.class,
                org.apache.commons.compress.archivers.tar.TarArchiveInputStream.class,
                org.tukaani.xz.XZInputStream.class, org.apache.commons.codec.binary.Hex.class, org.slf4j.LoggerFactory.class, org.postgresql.Driver.class)) {
            URL jar = jarOf(type);
            if (!classPath.contains(jar)) {
                classPath.add(jar);
            }
        }
        URLClassLoader plugin = new URLClassLoader(classPath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> optionsType = plugin.loadClass(EmbeddedOptions.class.getName());
        Object options = optionsType.getMethod("withBinaries", Path.class)
                .invoke(optionsType.getMethod("of", int.class).invoke(null, 16), pg16Jar());
        Class<?> shadowType = plugin.loadClass(EmbeddedShadow.class.getName());
        Method start = shadowType.getDeclaredMethod("startUntilExit", optionsType);
        start.setAccessible(true);
        Object server = start.invoke(null, options);
        Method stopAtExit = shadowType.getDeclaredMethod("stopAtExit");
        stopAtExit.setAccessible(true);
        Thread hook = (Thread) stopAtExit.invoke(server);
        String url = (String) shadowType.getMethod("jdbcUrl").invoke(server);
        Path data;
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet row = connection.createStatement().executeQuery("SHOW data_directory")) {
            row.next();
            data = Path.of(row.getString(1));
        }
        assertTrue(Files.isDirectory(data.resolve("base")), "the server runs from " + data);

        plugin.close(); // as Maven does before the JVM's shutdown hooks run
        List<Throwable> failures = new ArrayList<>();
        hook.setUncaughtExceptionHandler((thread, failure) -> failures.add(failure));
        hook.start();
        hook.join(60_000);

        assertTrue(failures.isEmpty(), "the hook failed: " + failures);
        assertFalse(Files.exists(data), "the data directory is deleted: " + data);
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close(), "the server is stopped");
    }
}
