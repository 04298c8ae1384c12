package dev.schemaverify.migrate.liquibase;

import java.util.regex.Pattern;

/** Liquibase's own message for a failure, on one line, without the exception class names it prefixes. */
final class LiquibaseMessages {
    private static final Pattern CLASS_PREFIX = Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LiquibaseMessages() {
    }

    static String of(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null && message == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return failure.getClass().getSimpleName();
        }
        return SPACES.matcher(CLASS_PREFIX.matcher(message).replaceAll("")).replaceAll(" ").strip();
    }
}
