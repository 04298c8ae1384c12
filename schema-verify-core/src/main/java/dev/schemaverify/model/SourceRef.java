package dev.schemaverify.model;

import java.util.Objects;

/**
 * Where something was declared or is to be fixed: a file and a 1-based line and column. A line or
 * column of 0 means "not known" (a migration file as a whole, a line without a column). Objects read
 * from a live database have no source and carry {@code null} instead.
 */
public record SourceRef(String file, int line, int column) {
    public SourceRef {
        Objects.requireNonNull(file, "file");
    }

    /** A whole file, no line. */
    public static SourceRef file(String file) {
        return new SourceRef(file, 0, 0);
    }

    /**
     * Reads {@code file}, {@code file:line} or {@code file:line:column} back into a location, so
     * producers that carry locations as text (migration problems, rollback findings) share this type.
     */
    public static SourceRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String file = text;
        int[] numbers = new int[2];
        int found = 0;
        while (found < 2) {
            int colon = file.lastIndexOf(':');
            if (colon <= 0 || colon == file.length() - 1 || !file.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                break;
            }
            numbers[found++] = Integer.parseInt(file.substring(colon + 1));
            file = file.substring(0, colon);
        }
        return switch (found) {
            case 2 -> new SourceRef(file, numbers[1], numbers[0]);
            case 1 -> new SourceRef(file, numbers[0], 0);
            default -> file(file);
        };
    }

    /** The same place, with {@code prefix} (e.g. a reactor module's folder) put before the file. */
    public SourceRef under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        return new SourceRef(prefix.endsWith("/") ? prefix + file : prefix + "/" + file, line, column);
    }

    /** Renders the compiler-style location {@code file:line:column} ({@code file:line}, {@code file}). */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
