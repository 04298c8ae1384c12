package dev.schemaverify.migrate.liquibase;

import java.util.logging.Level;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;

/**
 * Liquibase's log cut down to its warnings, one line each, on the {@code java.util.logging} logger
 * {@code liquibase}. Its INFO chatter would bury the build log; its SEVERE messages always come with an
 * exception that we report ourselves, so printing them (with Liquibase's stack trace) would say it twice.
 */
final class WarningsLogService extends AbstractLogService {
    private static final java.util.logging.Logger TARGET = java.util.logging.Logger.getLogger("liquibase");

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public Logger getLog(Class clazz) {
        return new AbstractLogger() {
            @Override
            public void log(Level level, String message, Throwable e) {
                if (Level.WARNING.equals(level) && message != null) {
                    TARGET.warning(message);
                }
            }
        };
    }
}
