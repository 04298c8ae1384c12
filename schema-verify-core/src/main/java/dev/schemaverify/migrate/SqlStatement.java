package dev.schemaverify.migrate;

import java.util.Objects;

/** One SQL statement cut from a script, with the 1-based line and column where it starts. */
public record SqlStatement(String sql, int line, int column) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
    }

    /**
     * The script line and column of a 1-based character position inside {@link #sql()}, as PostgreSQL
     * reports it in an error ({@code ServerErrorMessage.getPosition()}); PostgreSQL counts characters,
     * not UTF-16 units. Positions outside the statement give the statement's start.
     */
    public int[] lineAndColumnAt(int position) {
        if (position < 1 || position > sql.codePointCount(0, sql.length())) {
            return new int[] {line, column};
        }
        int target = sql.offsetByCodePoints(0, position - 1);
        int currentLine = line;
        int currentColumn = column;
        for (int i = 0; i < target; i++) {
            if (sql.charAt(i) == '\n') {
                currentLine++;
                currentColumn = 1;
            } else {
                currentColumn++;
            }
        }
        return new int[] {currentLine, currentColumn};
    }
}
