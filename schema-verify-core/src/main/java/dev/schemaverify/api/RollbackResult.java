package dev.schemaverify.api;

import java.util.List;

/**
 * What a rollback did, or in a dry run would do.
 *
 * @param database the target, without password
 * @param lines readable lines for a console, in order
 * @param rolledBack the versions rolled back, newest first (empty in a dry run)
 * @param warnings lines the user must read (also in {@code lines})
 */
public record RollbackResult(String database, List<String> lines, List<String> rolledBack, List<String> warnings) {
    public RollbackResult {
        lines = List.copyOf(lines);
        rolledBack = List.copyOf(rolledBack);
        warnings = List.copyOf(warnings);
    }
}
