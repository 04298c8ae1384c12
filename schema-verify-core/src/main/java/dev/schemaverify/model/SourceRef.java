package dev.schemaverify.model;

import java.util.Objects;

/**
 * Where an object was declared: a file and a 1-based line and column. Objects read from a live
 * database have no source and carry {@code null} instead.
 */
public record SourceRef(String file, int line, int column) {
    public SourceRef {
        Objects.requireNonNull(file, "file");
    }

    /** Renders the compiler-style location {@code file:line:column}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
