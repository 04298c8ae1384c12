package dev.schemaverify.model;

/** What went wrong, so that a caller (the Maven plugin, an application) can map it once. */
public enum ErrorCode {
    /** The contract file cannot be read or is not valid. */
    CONTRACT,
    /** The access-test file cannot be read or is not valid (branch i12-access). */
    ACCESS_TESTS,
    /** A configuration value is missing or wrong. */
    CONFIGURATION,
    /** The database cannot be reached or refused the login. */
    CONNECTION,
    /** A migration or another SQL statement failed. */
    SQL,
    /** The embedded or temporary shadow database could not be set up. */
    SHADOW,
    /** A file could not be read or written. */
    IO,
    /** The start-up guard found the database incompatible with the application. */
    INCOMPATIBLE_SCHEMA
}
