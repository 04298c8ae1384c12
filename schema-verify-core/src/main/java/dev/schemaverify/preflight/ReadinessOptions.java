package dev.schemaverify.preflight;

import java.util.List;

/**
 * What the readiness checks measure against.
 *
 * @param roundTrips how many {@code SELECT 1} round trips the latency is measured over (at least 1)
 * @param slowRoundTripMillis a median round trip above this many milliseconds is warned about: migrations
 *     of many statements, and the application, pay it on every statement
 * @param expectedMajor the PostgreSQL major the build checked the migrations on (the shadow's), or 0
 *     when not known
 * @param longRunningSeconds a transaction open this long that holds a lock on a table a pending migration
 *     locks blocks the deploy; a session idle in a transaction always does
 * @param historySchema the schema of the history table
 * @param schemas the schemas the migrations write into, besides the history schema
 * @param historyTable the history table's name, or {@code null} when migrate keeps none of ours (a Liquibase
 *     changelog keeps Liquibase's)
 */
public record ReadinessOptions(int roundTrips, long slowRoundTripMillis, int expectedMajor, long longRunningSeconds,
        String historySchema, List<String> schemas, String historyTable) {
    public ReadinessOptions {
        if (roundTrips < 1) {
            throw new IllegalArgumentException("roundTrips must be at least 1, got " + roundTrips);
        }
        historySchema = historySchema == null ? "public" : historySchema;
        schemas = List.copyOf(schemas);
    }
}
