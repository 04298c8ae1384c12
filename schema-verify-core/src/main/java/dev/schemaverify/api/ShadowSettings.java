package dev.schemaverify.api;

import java.nio.file.Path;

/**
 * Where the throwaway shadow database runs.
 *
 * @param postgresVersion the major version of the embedded server: 14, 15, 16, 17 or 18
 * @param binaries a jar or {@code .txz} of embedded PostgreSQL binaries for that version, or {@code null}
 *     to use the binaries on the class path
 * @param server when set, no embedded server is started: a temporary database is created on this
 *     server and always dropped afterwards
 * @param serverLog where the embedded server's output goes (one file per build, e.g. under
 *     {@code target/}), or {@code null} for a file in the temporary directory
 * @param shareServer keep the embedded server for the life of the JVM and give each shadow a temporary
 *     database on it ({@link dev.schemaverify.shadow.SharedEmbeddedServers}): what a Maven build, which runs
 *     several shadow goals in one JVM, wants; {@code false} starts and stops a server per shadow
 */
public record ShadowSettings(int postgresVersion, Path binaries, DatabaseTarget server, Path serverLog,
        boolean shareServer) {
    public ShadowSettings(int postgresVersion, Path binaries, DatabaseTarget server, Path serverLog) {
        this(postgresVersion, binaries, server, serverLog, false);
    }

    public ShadowSettings(int postgresVersion, Path binaries, DatabaseTarget server) {
        this(postgresVersion, binaries, server, null);
    }

    /** The default major version of the embedded server. */
    public static final int DEFAULT_VERSION = 17;

    public static ShadowSettings embedded() {
        return new ShadowSettings(DEFAULT_VERSION, null, null);
    }
}
