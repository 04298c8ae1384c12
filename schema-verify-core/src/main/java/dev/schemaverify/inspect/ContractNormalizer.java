package dev.schemaverify.inspect;

import dev.schemaverify.model.Snapshot;
import java.sql.Connection;

/**
 * Lets PostgreSQL deparse every expression and type a contract declares, so that spellings PostgreSQL
 * treats as the same are never drift. Works with temporary objects inside a transaction that is always
 * rolled back.
 */
public final class ContractNormalizer {
    /** Returns {@code expected} with types, defaults, checks, predicates, policies and views deparsed. */
    public Snapshot normalize(Connection context, Snapshot expected) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
