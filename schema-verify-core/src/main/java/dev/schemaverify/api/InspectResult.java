package dev.schemaverify.api;

import dev.schemaverify.model.Snapshot;

/**
 * An inspected schema and the contract written from it.
 *
 * @param source what was inspected
 * @param contractYaml the snapshot as a contract, ready to commit
 */
public record InspectResult(String source, Snapshot snapshot, String contractYaml) {
}
