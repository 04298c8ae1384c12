package dev.schemaverify.contract;

import dev.schemaverify.model.Snapshot;

/** Writes a snapshot as a contract YAML meant for people to read and review. */
public final class ContractWriter {
    public String write(Snapshot snapshot) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
