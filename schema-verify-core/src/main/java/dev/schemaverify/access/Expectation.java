package dev.schemaverify.access;

import dev.schemaverify.model.SourceRef;
import java.util.List;

/**
 * What a check expects. One record for every kind, told apart by {@link Kind}, because the reader and
 * the messages treat them alike: each renders as the words the file used ({@code rows [alice, bob]},
 * {@code denied 42501}).
 *
 * @param rows fixture names, for {@link Kind#ROWS}
 * @param number the count, row count or compared number; {@code null} when the kind needs none
 *     ({@code allowed} without a row count)
 * @param denial a SQLSTATE ({@code 42501}), {@code rls} (a row-level security refusal) or
 *     {@code privilege} (a missing grant), or {@code null} for any refusal
 * @param value the expected result of a call, or {@code null} when any result passes
 */
public record Expectation(Kind kind, List<String> rows, Long number, String denial, String value, SourceRef source) {
    public Expectation {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** The expectation kinds. */
    public enum Kind {
        /** Exactly these fixture rows are visible. */
        ROWS,
        /** This many rows are visible. */
        COUNT,
        /** No row is visible. */
        NONE,
        /** The statement succeeds (affecting {@code number} rows, when given). */
        ALLOWED,
        /** The statement fails with a refusal. */
        DENIED,
        /** The assertion returns true. */
        TRUE,
        /** The assertion returns false. */
        FALSE,
        /** The assertion's number equals {@code number}. */
        EQUALS,
        /** The assertion's number is at least {@code number}. */
        AT_LEAST,
        /** The assertion's number is at most {@code number}. */
        AT_MOST
    }

    /** The expectation in the file's words. */
    public String describe() {
        return switch (kind) {
            case ROWS -> "rows " + rows;
            case COUNT -> number + (number == 1 ? " row" : " rows");
            case NONE -> "no rows";
            case ALLOWED -> number == null ? (value == null ? "allowed" : "allowed, returning " + value)
                    : "allowed, " + number + (number == 1 ? " row" : " rows");
            case DENIED -> denial == null ? "denied" : "denied (" + denial + ")";
            case TRUE -> "true";
            case FALSE -> "false";
            case EQUALS -> "= " + number;
            case AT_LEAST -> ">= " + number;
            case AT_MOST -> "<= " + number;
        };
    }
}
