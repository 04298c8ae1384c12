package dev.schemaverify.api;

import java.util.List;
import java.util.Objects;

/**
 * Whether a live database is ready for a deploy of the migrations: its server, its login, its history
 * against the files, the sessions that would block the pending migrations, and its drift from the
 * contract. Preflight changes nothing on the target.
 *
 * @param migrations the migrations and the target whose history they are compared with (the target is
 *     required)
 * @param drift the contract to verify the target against, on preflight's connection; {@code null} skips
 *     the drift check, and {@code driftSkipped} says why in the report
 * @param driftSkipped why there is no drift check, e.g. {@code no contract at src/main/resources/db/schema-contract.yaml};
 *     ignored when {@code drift} is set
 * @param schemas the schemas the migrations write into (the login must be able to create objects there),
 *     besides the history schema
 * @param settings the measurements' settings and timeouts
 * @param lint the hazard lint of the pending migrations, as {@code lint} with {@code url} runs it: its shadow
 *     database, API roles and files (its migrations and target are the request's); {@code null} skips the lint
 *     check, and the report says so
 */
public record PreflightRequest(StatusRequest migrations, VerifyRequest drift, String driftSkipped,
        List<String> schemas, PreflightSettings settings, LintRequest lint) {
    public PreflightRequest {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(migrations.target(), "preflight needs a target database (url)");
        Objects.requireNonNull(settings, "settings");
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** A preflight without the lint check. */
    public PreflightRequest(StatusRequest migrations, VerifyRequest drift, String driftSkipped, List<String> schemas,
            PreflightSettings settings) {
        this(migrations, drift, driftSkipped, schemas, settings, null);
    }

    /** The database checked. */
    public DatabaseTarget target() {
        return migrations.target();
    }
}
