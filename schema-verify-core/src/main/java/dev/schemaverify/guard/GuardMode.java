package dev.schemaverify.guard;

import java.util.Locale;

/** What the guard does with the problems it finds. */
public enum GuardMode {
    /** Problems stop the application: {@link SchemaGuard#check} throws. */
    FAIL,
    /** Problems are logged as warnings and returned; the application starts. */
    WARN,
    /** The guard checks nothing, and says so loudly: the emergency bypass. */
    OFF;

    /** {@code fail}, {@code warn} or {@code off}, in any case; anything else is an error naming the value. */
    public static GuardMode parse(String text, String origin) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        for (GuardMode mode : values()) {
            if (mode.name().equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(origin + "=" + text + " is not a guard mode; use fail, warn or off");
    }
}
