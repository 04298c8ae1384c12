package dev.schemaverify.api;

import dev.schemaverify.shadow.EmbeddedOptions;
import dev.schemaverify.shadow.EmbeddedShadow;
import dev.schemaverify.shadow.ShadowDatabase;
import dev.schemaverify.shadow.SharedEmbeddedServers;
import dev.schemaverify.shadow.TemporaryDatabaseShadow;

/** Starts the shadow database the settings ask for. */
final class ShadowFactory {
    private ShadowFactory() {
    }

    static ShadowDatabase open(ShadowSettings settings) {
        if (settings.server() != null) {
            DatabaseTarget server = settings.server();
            return TemporaryDatabaseShadow.create(server.url(), server.user(), server.password());
        }
        EmbeddedOptions options = EmbeddedOptions.of(settings.postgresVersion());
        if (settings.binaries() != null) {
            options = options.withBinaries(settings.binaries());
        }
        if (settings.serverLog() != null) {
            options = options.withServerLog(settings.serverLog());
        }
        return settings.shareServer() ? SharedEmbeddedServers.open(options) : EmbeddedShadow.start(options);
    }
}
