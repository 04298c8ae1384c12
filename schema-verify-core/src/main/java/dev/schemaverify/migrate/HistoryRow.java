package dev.schemaverify.migrate;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the history table: a migration that was applied (or, run outside a transaction, failed
 * part-way), recorded by a baseline, or an audit note left by {@code repair} or {@code rollback}.
 *
 * @param installedRank 1 for the first row ever written, then one more for each
 * @param version the step's version; for a repeatable, its name
 * @param type {@code SQL} for a versioned step, {@code REPEATABLE} for a repeatable one, {@code BASELINE}
 *     for a step recorded without running it, {@code REPAIR} / {@code ROLLBACK} / {@code IMPORT} for audit notes
 * @param script where the step lived when it was applied, relative to the project
 * @param checksum the step's checksum when it was applied
 * @param success false only for a step that ran outside a transaction and failed part-way
 * @param rollbackChecksum the checksum of the step's rollback when it was applied, or {@code null} when
 *     it had none or the row predates the column
 */
public record HistoryRow(
        int installedRank,
        String version,
        String description,
        String type,
        String script,
        String checksum,
        String installedBy,
        OffsetDateTime installedOn,
        long executionTimeMs,
        boolean success,
        String rollbackChecksum) {
    /** The {@code type} of a versioned step. */
    public static final String VERSIONED = "SQL";
    /** The {@code type} of a repeatable step. */
    public static final String REPEATABLE = "REPEATABLE";
    /** The {@code type} of a versioned step recorded by a baseline, without running it. */
    public static final String BASELINE = "BASELINE";
    /** The {@code type} of an audit note written by {@code repair}. */
    public static final String REPAIR = "REPAIR";
    /** The {@code type} of an audit note written by {@code rollback}. */
    public static final String ROLLBACK = "ROLLBACK";
    /** The {@code type} of an audit note written by the Flyway history import. */
    public static final String IMPORT = "IMPORT";
    private static final Set<String> AUDIT = Set.of(REPAIR, ROLLBACK, IMPORT);

    public HistoryRow {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(script, "script");
    }

    /** A row without a rollback checksum, as written before the column existed. */
    public HistoryRow(int installedRank, String version, String description, String type, String script,
            String checksum, String installedBy, OffsetDateTime installedOn, long executionTimeMs, boolean success) {
        this(installedRank, version, description, type, script, checksum, installedBy, installedOn, executionTimeMs,
                success, null);
    }

    public boolean repeatable() {
        return REPEATABLE.equals(type);
    }

    /** An audit note: says what {@code repair} or {@code rollback} did; no migration's state depends on it. */
    public boolean audit() {
        return AUDIT.contains(type);
    }
}
