package dev.schemaverify.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pg_dump --schema-only}, the yardstick: it reads the same catalog to print a schema. It only
 * counts when its major version is the server's (an older pg_dump refuses a newer server, and a newer
 * one runs different catalog queries), and the embedded server ships no pg_dump, so the benchmark
 * looks for one on {@code PATH} and under {@code /usr/lib/postgresql/<major>/bin}.
 */
public final class PgDump {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?");

    private final Path executable;
    private final int majorVersion;
    private final String versionLine;

    private PgDump(Path executable, int majorVersion, String versionLine) {
        this.executable = executable;
        this.majorVersion = majorVersion;
        this.versionLine = versionLine;
    }

    /** A pg_dump of the right version, or why there is none. */
    public record Lookup(PgDump pgDump, String skipReason) {
    }

    public static Lookup find(int serverMajor) {
        List<PgDump> candidates = new ArrayList<>();
        for (Path path : candidatePaths()) {
            PgDump pgDump = probe(path);
            if (pgDump != null) {
                if (pgDump.majorVersion == serverMajor) {
                    return new Lookup(pgDump, null);
                }
                candidates.add(pgDump);
            }
        }
        if (candidates.isEmpty()) {
            return new Lookup(null, "no pg_dump on PATH or in /usr/lib/postgresql/*/bin");
        }
        StringBuilder found = new StringBuilder();
        for (PgDump candidate : candidates) {
            found.append(found.length() == 0 ? "" : ", ").append(candidate.executable).append(" is ").append(candidate.majorVersion);
        }
        return new Lookup(null, "pg_dump must have the server's major version " + serverMajor + ", but " + found
                + "; run with --url against a server of a version you have a pg_dump for");
    }

    private static Set<Path> candidatePaths() {
        Set<Path> paths = new LinkedHashSet<>();
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String directory : pathVariable.split(java.io.File.pathSeparator)) {
                if (!directory.isEmpty()) {
                    addIfExecutable(paths, Path.of(directory, "pg_dump"));
                }
            }
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (var children = Files.list(versions)) {
                children.sorted().forEach(dir -> addIfExecutable(paths, dir.resolve("bin").resolve("pg_dump")));
            } catch (IOException ignored) {
                // an unreadable directory just offers no candidates
            }
        }
        return paths;
    }

    private static void addIfExecutable(Set<Path> paths, Path path) {
        if (Files.isExecutable(path)) {
            try {
                paths.add(path.toRealPath());
            } catch (IOException e) {
                paths.add(path);
            }
        }
    }

    private static PgDump probe(Path executable) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            Matcher matcher = VERSION.matcher(output);
            return matcher.find() ? new PgDump(executable, Integer.parseInt(matcher.group(1)), output) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public String describe() {
        return versionLine + " (" + executable + ")";
    }

    /** {@code pg_dump --schema-only --no-owner} of {@code database} as user {@code postgres}, without a password. */
    public String schema(int port, String database) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--schema-only", "--no-owner",
                "--host", "localhost", "--port", Integer.toString(port), "--username", "postgres", "--no-password",
                database);
        Path errors = Files.createTempFile("schema-verify-pg_dump-", ".err");
        try {
            builder.redirectError(errors.toFile());
            Process process = builder.start();
            String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("pg_dump exited with " + process.exitValue() + ": " + Files.readString(errors));
            }
            return dump;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The dump's size in bytes and how long it took. */
    record Run(long nanos, long bytes) {
    }

    /** Dumps the schema of {@code database} to a temporary file and times it. */
    Run dumpSchema(BenchServer server, String database) throws IOException, InterruptedException {
        Path output = Files.createTempFile("schema-verify-bench-", ".sql");
        try {
            ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--schema-only", "--no-owner",
                    "--host", server.host(), "--port", Integer.toString(server.port()), "--username", server.user(),
                    "--no-password", "--file", output.toString(), database);
            if (server.password() != null) {
                builder.environment().put("PGPASSWORD", server.password());
            }
            builder.redirectErrorStream(true);
            long start = System.nanoTime();
            Process process = builder.start();
            String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            long nanos = System.nanoTime() - start;
            if (exit != 0) {
                throw new IOException("pg_dump exited with " + exit + ": " + messages.strip());
            }
            return new Run(nanos, Files.size(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
