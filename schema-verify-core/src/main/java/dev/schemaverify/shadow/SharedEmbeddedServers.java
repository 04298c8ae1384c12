package dev.schemaverify.shadow;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embedded servers kept for the life of the JVM, one per major version and binaries, each shadow a
 * temporary database on it. A Maven build runs several shadow goals ({@code verify}, {@code access-test},
 * {@code lint}, {@code rollback-check}, in every module of a reactor) in one JVM, and starting a server
 * (initdb included) cost each of them about 2.7 s; now the first one pays it. Every shadow still gets a new
 * database of its own, dropped when it closes, so goals see nothing of each other; the servers stop when the
 * JVM exits. Only the plugin asks for this: a test or an application that opens a shadow gets its own server.
 */
public final class SharedEmbeddedServers {
    private static final Map<String, EmbeddedShadow> SERVERS = new ConcurrentHashMap<>();

    private SharedEmbeddedServers() {
    }

    /** Starts a server that stops when the JVM exits. */
    private static EmbeddedShadow start(EmbeddedOptions options) {
        EmbeddedShadow started = EmbeddedShadow.startUntilExit(options);
        Runtime.getRuntime().addShutdownHook(started.stopAtExit());
        return started;
    }

    /** A new temporary database on the shared server for {@code options}, starting the server the first time. */
    public static ShadowDatabase open(EmbeddedOptions options) {
        String key = options.majorVersion() + "|" + options.binaries();
        EmbeddedShadow server = SERVERS.computeIfAbsent(key, k -> start(options));
        try {
            return TemporaryDatabaseShadow.create(server.serverJdbcUrl(), EmbeddedShadow.USER, "");
        } catch (SchemaVerifyException e) {
            if (e.code() != ErrorCode.CONNECTION && e.code() != ErrorCode.SHADOW) {
                throw e;
            }
            // the server went away (killed, out of disk): start a new one once, as a first goal would
            SERVERS.remove(key, server);
            server.close();
            EmbeddedShadow restarted = SERVERS.computeIfAbsent(key, k -> start(options));
            return TemporaryDatabaseShadow.create(restarted.serverJdbcUrl(), EmbeddedShadow.USER, "");
        }
    }
}
