package dev.schemaverify.api;

import dev.schemaverify.contract.ContractWriter;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.JdbcUrls;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The snapshot written before a goal changes a target: its schema as a contract (a {@code diff} against
 * it writes the way back), and on request a {@code pg_dump} of it. Both are taken before anything changes;
 * a requested backup that fails stops the goal.
 */
final class BeforeChange {
    /** How long pg_dump may take before the goal gives up on it. */
    private static final long DUMP_TIMEOUT_MINUTES = 60;

    private BeforeChange() {
    }

    /** The lines to show: where the snapshot (and backup) went, or why there is no backup. */
    static List<String> write(Connection target, DatabaseTarget database, SnapshotSettings settings, String goal,
            String version) {
        String base = "before-" + goal + "-" + (version == null ? "empty" : version.replaceAll("[^A-Za-z0-9._-]", "_"));
        Path contract = settings.directory().resolve(base + ".yaml");
        List<String> lines = new ArrayList<>();
        try {
            Files.createDirectories(settings.directory());
            String yaml = new ContractWriter().write(
                    new Inspector(InspectOptions.allSchemas().withoutBookkeeping()).inspect(target));
            Files.writeString(contract, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot write the snapshot " + contract + ": "
                    + e.getMessage() + "; nothing was changed", e);
        }
        lines.add("wrote the schema before " + goal + " to " + contract + " (a contract: diff against it gives the way"
                + " back)");
        if (settings.backup()) {
            Path pgDump = settings.pgDump() != null ? settings.pgDump() : onPath("pg_dump");
            if (pgDump == null) {
                lines.add("backup=true, but pg_dump is not on the PATH: no backup was written; install PostgreSQL's"
                        + " client programs (the server's major version or newer)");
            } else {
                Path dump = settings.directory().resolve(base + ".dump");
                dump(pgDump, database, dump);
                lines.add("wrote a backup of the target before " + goal + " to " + dump + " (pg_dump custom format;"
                        + " pg_restore reads it)");
            }
        }
        return lines;
    }

    private static void dump(Path pgDump, DatabaseTarget database, Path file) {
        JdbcUrls.UserInfo embedded = JdbcUrls.userInfo(database.url());
        String url = embedded == null ? database.url() : embedded.url();
        String user = database.user() != null ? database.user() : embedded == null ? null : embedded.user();
        String password = database.password() != null ? database.password()
                : embedded == null ? null : embedded.password();
        // libpq reads postgresql://host:port/db; the JDBC driver's own parameters mean nothing to it.
        String uri = url.substring("jdbc:".length());
        int query = uri.indexOf('?');
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        if (query >= 0) {
            for (String pair : uri.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals), java.net.URLDecoder.decode(pair.substring(equals + 1),
                            StandardCharsets.UTF_8));
                }
            }
            uri = uri.substring(0, query);
        }
        user = user != null ? user : parameters.get("user");
        password = password != null ? password : parameters.get("password");
        ProcessBuilder builder = new ProcessBuilder(pgDump.toString(), "--format=custom", "--no-password",
                "--file=" + file, "--dbname=" + uri);
        if (user != null) {
            builder.environment().put("PGUSER", user);
        }
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        if (parameters.containsKey("sslmode")) {
            builder.environment().put("PGSSLMODE", parameters.get("sslmode"));
        }
        builder.redirectErrorStream(true);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new SchemaVerifyException(ErrorCode.IO, "pg_dump did not finish in " + DUMP_TIMEOUT_MINUTES
                        + " minutes; nothing was changed");
            }
            if (process.exitValue() != 0) {
                String reason = JdbcUrls.sanitize(new String(output, StandardCharsets.UTF_8).strip(), database.url(),
                        password == null ? "" : password);
                throw new SchemaVerifyException(ErrorCode.IO, "the backup with " + pgDump + " failed (exit "
                        + process.exitValue() + "): " + reason + "; nothing was changed. Use a pg_dump of the server's"
                        + " major version or newer, or run without backup");
            }
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot run " + pgDump + ": " + e.getMessage()
                    + "; nothing was changed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaVerifyException(ErrorCode.IO, "interrupted while pg_dump ran; nothing was changed", e);
        }
    }

    /** The program {@code name} on the {@code PATH}, or {@code null}. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String candidate : new String[] {name, name + ".exe"}) {
                Path file = Path.of(folder, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return file;
                }
            }
        }
        return null;
    }
}
