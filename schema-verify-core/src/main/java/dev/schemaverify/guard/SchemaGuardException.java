package dev.schemaverify.guard;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;

/** The start-up guard refused the database; the message lists every problem, {@link #result()} holds them. */
public final class SchemaGuardException extends SchemaVerifyException {
    private final transient GuardResult result;

    SchemaGuardException(GuardResult result) {
        super(ErrorCode.INCOMPATIBLE_SCHEMA, result.describe());
        this.result = result;
    }

    public GuardResult result() {
        return result;
    }
}
