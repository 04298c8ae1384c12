package dev.schemaverify.model;

import java.util.Objects;

/**
 * The one exception the core throws for bad input or an unreachable database. Its message is written
 * for the user: it names the file, line or setting to fix.
 */
public class SchemaVerifyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public SchemaVerifyException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public SchemaVerifyException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
