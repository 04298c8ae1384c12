package dev.schemaverify.api;

/**
 * How preflight measures a target.
 *
 * @param roundTrips how many round trips the latency is the median and worst of
 * @param slowRoundTripMillis a median round trip above this is warned about
 * @param lockTimeoutSeconds {@code lock_timeout} of preflight's own session: a check never waits longer for
 *     a lock (on a production server, a catalog read must not queue behind a deploy)
 * @param statementTimeoutSeconds {@code statement_timeout} of preflight's own session
 * @param longRunningSeconds a transaction this old that holds a lock a pending migration needs blocks it
 * @param shadowMajor the PostgreSQL major the build checks the migrations on, or 0 when not known
 */
public record PreflightSettings(int roundTrips, long slowRoundTripMillis, int lockTimeoutSeconds,
        int statementTimeoutSeconds, long longRunningSeconds, int shadowMajor) {
    public PreflightSettings {
        if (roundTrips < 1) {
            throw new IllegalArgumentException("roundTrips must be at least 1, got " + roundTrips);
        }
        if (lockTimeoutSeconds < 1 || statementTimeoutSeconds < 1) {
            throw new IllegalArgumentException("lockTimeout and statementTimeout must be at least 1 second, got "
                    + lockTimeoutSeconds + " and " + statementTimeoutSeconds);
        }
        if (slowRoundTripMillis < 0 || longRunningSeconds < 0) {
            throw new IllegalArgumentException("slowRoundTrip and longRunning must not be negative");
        }
    }

    /** Five round trips, 250 ms to warn, 5 s lock and 60 s statement timeouts, 60 s long-running. */
    public static PreflightSettings defaults(int shadowMajor) {
        return new PreflightSettings(5, 250, 5, 60, 60, shadowMajor);
    }
}
