package dev.schemaverify.migrate;

/** Where one migration stands against a database's history. */
public enum MigrationState {
    /** In history with the same checksum. */
    APPLIED,
    /** Not applied yet; or a repeatable whose checksum changed, so it applies again. */
    PENDING,
    /** Ran outside a transaction and failed part-way; its earlier statements may still be in the database. */
    FAILED,
    /** Applied, but the file changed since: its checksum differs from history. */
    EDITED,
    /** In history, but no migration of that version exists any more. */
    MISSING_FILE,
    /** Not applied, yet older than the newest applied migration. */
    OUT_OF_ORDER
}
