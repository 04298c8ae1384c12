package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrationStatus;
import java.util.Objects;

/**
 * Each migration's state in a database, and the hygiene problems found.
 *
 * @param source the migrations' description
 * @param database the database's URL without password
 */
public record StatusResult(String source, String database, MigrationStatus status) {
    public StatusResult {
        Objects.requireNonNull(status, "status");
    }
}
