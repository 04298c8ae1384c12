package dev.schemaverify.lint;

import dev.schemaverify.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * What one migration statement did on the shadow database, observed on its own backend right after it
 * ran: the locks it newly took, what it rewrote, scanned, built, dropped or renamed. Only relations that
 * existed before the migration count: what the migration creates itself nobody else is using yet.
 *
 * @param location the statement's file, line and column
 * @param lastLine the line the statement ends on (where an inline ignore may sit)
 * @param words the statement's words, lower case, without comments ({@code alter table orders ...})
 * @param observed false when it could not be observed (it runs outside a transaction, or is not SQL text)
 * @param inTransaction whether it ran inside a transaction block
 * @param lockTimeout the session's {@code lock_timeout} when it ran ({@code 0} is none)
 * @param locks the locks it took on existing relations
 * @param rewritten existing tables it rewrote (new relfilenode)
 * @param scanned existing tables it scanned sequentially
 * @param indexes indexes of existing tables it built or dropped
 * @param dropped existing relations it dropped
 * @param renamed existing relations it renamed
 * @param columns what it did to existing tables' columns
 */
public record ObservedStatement(
        SourceRef location,
        int lastLine,
        String words,
        boolean observed,
        boolean inTransaction,
        String lockTimeout,
        List<Lock> locks,
        List<String> rewritten,
        List<String> scanned,
        List<IndexChange> indexes,
        List<Relation> dropped,
        List<Rename> renamed,
        List<ColumnChange> columns) {

    public ObservedStatement {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(words, "words");
        locks = List.copyOf(locks);
        rewritten = List.copyOf(rewritten);
        scanned = List.copyOf(scanned);
        indexes = List.copyOf(indexes);
        dropped = List.copyOf(dropped);
        renamed = List.copyOf(renamed);
        columns = List.copyOf(columns);
    }

    /** A statement that was run but not observed. */
    public static ObservedStatement unobserved(SourceRef location, int lastLine, String words, boolean inTransaction) {
        return new ObservedStatement(location, lastLine, words, false, inTransaction, "0", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /** The first words, for messages: {@code ALTER TABLE}; never the whole text (it may hold a secret). */
    public String verb() {
        String[] parts = words.split(" ");
        int count = parts.length > 2 && List.of("table", "index", "unique", "type", "sequence", "materialized",
                "trigger", "function", "procedure", "view", "policy", "schema", "extension", "role", "constraint")
                .contains(parts[1]) ? 2 : 1;
        if (parts.length > 3 && parts[1].equals("unique")) {
            count = 3;
        }
        return String.join(" ", java.util.Arrays.copyOf(parts, Math.min(count, parts.length)))
                .toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether the statement's words start with {@code prefix}. */
    public boolean startsWith(String prefix) {
        return words.startsWith(prefix);
    }

    /** A relation: kind ({@code table}, {@code index}, {@code sequence}, ...) and qualified name. */
    public record Relation(String kind, String name) {
    }

    /** A lock newly taken on an existing relation; {@code mode} as PostgreSQL documents it ({@code ACCESS EXCLUSIVE}). */
    public record Lock(Relation relation, String mode) {
        /** Whether this mode blocks writes (SHARE and above). */
        public boolean blocksWrites() {
            return List.of("SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE").contains(mode);
        }
    }

    /** An index of an existing table, built ({@code built}) or dropped. */
    public record IndexChange(String index, String table, boolean built) {
    }

    /** An existing relation renamed. */
    public record Rename(Relation before, String after) {
    }

    /** A change to an existing table's column. */
    public record ColumnChange(Kind kind, String table, String column, String before, String after) {
        /** What happened to the column. */
        public enum Kind {
            DROPPED,
            RENAMED,
            TYPE_CHANGED,
            ADDED_NOT_NULL_WITHOUT_DEFAULT
        }
    }
}
