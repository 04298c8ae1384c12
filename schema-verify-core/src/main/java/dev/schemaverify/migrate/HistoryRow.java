package dev.schemaverify.migrate;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One row of the history table: a migration that was applied (or, run outside a transaction, failed
 * part-way).
 *
 * @param installedRank 1 for the first migration ever applied, then one more for each
 * @param version the step's version; for a repeatable, its name
 * @param type {@code SQL} for a versioned step, {@code REPEATABLE} for a repeatable one
 * @param script where the step lived when it was applied, relative to the project
 * @param checksum the step's checksum when it was applied
 * @param success false only for a step that ran outside a transaction and failed part-way
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
        boolean success) {
    /** The {@code type} of a versioned step. */
    public static final String VERSIONED = "SQL";
    /** The {@code type} of a repeatable step. */
    public static final String REPEATABLE = "REPEATABLE";

    public HistoryRow {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(script, "script");
    }

    public boolean repeatable() {
        return REPEATABLE.equals(type);
    }
}
