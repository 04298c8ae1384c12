package dev.schemaverify.api;

import dev.schemaverify.shadow.ShadowDatabase;

/** Starts the shadow database the settings ask for. */
final class ShadowFactory {
    private ShadowFactory() {
    }

    static ShadowDatabase open(ShadowSettings settings) {
        throw new UnsupportedOperationException("wired up when the shadow package lands");
    }
}
