package dev.schemaverify.migrate;

/** One SQL statement cut from a script, with the 1-based line and column where it starts. */
public record SqlStatement(String sql, int line, int column) {
}
