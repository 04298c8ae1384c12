package dev.schemaverify.lint;

import dev.schemaverify.lint.ObservedStatement.ColumnChange;
import dev.schemaverify.lint.ObservedStatement.IndexChange;
import dev.schemaverify.lint.ObservedStatement.Lock;
import dev.schemaverify.lint.ObservedStatement.Relation;
import dev.schemaverify.lint.ObservedStatement.Rename;
import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.migrate.SqlStatement;
import dev.schemaverify.migrate.StatementObserver;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.SourceRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Observes each migration statement on its own backend, in its own transaction, right after it ran:
 * {@code pg_locks} of this backend (locks accumulate until commit, so a statement's locks are the
 * difference to the previous statement's), {@code relfilenode} of every locked relation (a new one is
 * a rewrite), {@code pg_stat_xact_user_tables.seq_scan} (a scan to validate), and the columns of the
 * tables it holds ACCESS EXCLUSIVE on. One query a statement, plus one for the columns when a table is
 * altered; what existed before the migration is read once at its start.
 *
 * <p>A statement of a migration that runs without a transaction is run in a transaction of its own,
 * as autocommit would, so its locks are still held when it is observed; a statement PostgreSQL refuses
 * in a transaction ({@code CREATE INDEX CONCURRENTLY}) runs as it is and is recorded as not observed.
 */
final class ShadowObserver implements StatementObserver {

    private record Rel(long oid, String kind, String schema, String name, long filenode, long table) {
        String qualified() {
            return schema + "." + name;
        }
    }

    private record Col(int number, String name, String type, boolean notNull, boolean filled) {
    }

    private record LockRow(long oid, String mode, String kind, String schema, String name, long filenode,
            long table, long seqScans, String lockTimeout, Map<Integer, Col> columns) {
    }

    private final Map<Long, Rel> known = new HashMap<>();
    private final Set<Long> existing = new HashSet<>();
    private final Map<Long, Map<Integer, Col>> columns = new HashMap<>();
    private final Set<String> held = new HashSet<>();
    private final Map<Long, Long> seqScans = new HashMap<>();
    private final List<ObservedStatement> statements = new ArrayList<>();
    private Map<String, List<String>> enumsBefore = Map.of();
    /** The enum labels after the previous migration: the next one's "before", read once. */
    private Map<String, List<String>> enumsAfter;
    private boolean wrapped;
    private boolean unobservable;
    private boolean userTransaction;
    private boolean needBaseline;
    private boolean needRelations;
    private int queries;
    private java.sql.PreparedStatement locksQuery;
    private Connection locksConnection;

    /**
     * Starts a migration: what existed before it is read right before its first statement, inside its
     * transaction (one query for the relations and the scan baseline).
     */
    void startMigration(Connection connection) {
        known.clear();
        existing.clear();
        held.clear();
        seqScans.clear();
        statements.clear();
        userTransaction = false;
        needBaseline = true;
        needRelations = true;
        if (enumsAfter == null) {
            enumsAfter = enums(connection);
            queries++;
        }
        enumsBefore = enumsAfter;
    }

    private void readRelations(Connection connection, boolean baseline) {
        queries++;
        seqScans.clear();
        for (Rel rel : LintQueries.query(connection, "relations", row -> {
            if (baseline && row.getLong("seq_scan") > 0) {
                seqScans.put(row.getLong("oid"), row.getLong("seq_scan"));
            }
            return new Rel(row.getLong("oid"), row.getString("relkind"), row.getString("nspname"),
                    row.getString("relname"), row.getLong("relfilenode"), row.getLong("indrelid"));
        })) {
            known.put(rel.oid(), rel);
            existing.add(rel.oid());
        }
        columns.keySet().retainAll(existing);
        List<Long> missing = existing.stream().filter(oid -> isTable(known.get(oid)) && !columns.containsKey(oid))
                .sorted().toList();
        if (!missing.isEmpty()) {
            loadColumns(connection, missing);
        }
        needRelations = false;
    }

    /** The migration's statements as observed, with the enum labels before and after it. */
    ObservedMigration finishMigration(Connection connection, String group, String location, boolean transactional) {
        queries++;
        enumsAfter = enums(connection);
        return new ObservedMigration(group, location, transactional, statements, enumsBefore, enumsAfter);
    }

    /** How many observation queries ran, for the overhead figure. */
    int queries() {
        return queries;
    }

    @Override
    public void before(Connection connection, String file, SqlStatement statement) {
        String words = SqlScripts.words(statement.sql());
        wrapped = false;
        unobservable = false;
        try {
            if (connection.getAutoCommit() && !userTransaction) {
                if (words.isEmpty() || isTransactionControl(words) || !SqlScripts.runsInTransaction(statement.sql())) {
                    unobservable = true;
                } else {
                    connection.setAutoCommit(false);
                    wrapped = true;
                    held.clear();
                    needBaseline = true;
                }
            }
            boolean inTransaction = !connection.getAutoCommit() || userTransaction;
            if (needRelations) {
                // inside the transaction when there is one: the scan counts read with it are the baseline
                readRelations(connection, inTransaction && !unobservable);
                needBaseline = !(inTransaction && !unobservable);
            }
            if (needBaseline && !unobservable && inTransaction) {
                // inside the transaction (pgjdbc begins it with this query), so no report to the collector
                // can come between the baseline and the statement
                seqScans.clear();
                LintQueries.query(connection, "scan_baseline", row -> seqScans.put(row.getLong("oid"),
                        row.getLong("seq_scan")));
                queries++;
                needBaseline = false;
            }
        } catch (SQLException e) {
            throw lost(file, statement, e);
        }
    }

    @Override
    public void after(Connection connection, String file, SqlStatement statement) {
        String words = SqlScripts.words(statement.sql());
        SourceRef location = statement.line() == 0 ? SourceRef.parse(file)
                : new SourceRef(file, statement.line(), statement.column());
        try {
            boolean inTransaction = !connection.getAutoCommit() || userTransaction;
            int lastLine = statement.line() + (int) statement.sql().chars().filter(c -> c == '\n').count();
            if (unobservable) {
                statements.add(ObservedStatement.unobserved(location, lastLine, words, inTransaction));
            } else {
                statements.add(observe(connection, location, lastLine, words, inTransaction));
            }
            if (words.startsWith("begin") || words.startsWith("start transaction")) {
                userTransaction = true;
                needBaseline = true;
            } else if (isTransactionControl(words)) {
                userTransaction = false;
                held.clear();
                needBaseline = true;
            }
            if (wrapped) {
                connection.commit();
                connection.setAutoCommit(true);
                held.clear();
                needBaseline = true;
            }
        } catch (SQLException e) {
            throw lost(file, statement, e);
        }
    }

    private ObservedStatement observe(Connection connection, SourceRef location, int lastLine, String words,
            boolean inTransaction) {
        queries++;
        if (locksConnection != connection) {
            locksQuery = LintQueries.prepare(connection, "locks");
            locksConnection = connection;
        }
        List<LockRow> rows = LintQueries.query(locksQuery, "locks", row -> new LockRow(row.getLong("oid"),
                row.getString("mode"), row.getString("relkind"), row.getString("nspname"), row.getString("relname"),
                row.getLong("relfilenode"), row.getLong("indrelid"), row.getLong("seq_scan"),
                row.getString("lock_timeout"), columnsOf(row)));
        String lockTimeout = rows.isEmpty() ? "0" : rows.get(0).lockTimeout();
        List<Lock> locks = new ArrayList<>();
        List<String> rewritten = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        List<IndexChange> indexes = new ArrayList<>();
        List<Relation> dropped = new ArrayList<>();
        List<Rename> renamed = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<ColumnChange> changes = new ArrayList<>();
        for (LockRow row : rows) {
            Rel before = known.get(row.oid());
            boolean old = existing.contains(row.oid());
            if (held.add(row.oid() + "/" + row.mode()) && old && before != null) {
                locks.add(new Lock(relation(before), mode(row.mode())));
            }
            if (!seen.add(row.oid())) {
                continue;
            }
            if (row.kind() == null) {
                if (before != null && old) {
                    dropped.add(relation(before));
                    if (isIndex(before) && existing.contains(before.table()) && known.containsKey(before.table())) {
                        indexes.add(new IndexChange(before.qualified(), known.get(before.table()).qualified(), false));
                    }
                }
                known.remove(row.oid());
                continue;
            }
            Rel now = new Rel(row.oid(), row.kind(), row.schema(), row.name(), row.filenode(), row.table());
            if (old && before != null) {
                if (before.filenode() != 0 && now.filenode() != before.filenode() && isTable(now)) {
                    rewritten.add(now.qualified());
                }
                if (!now.qualified().equals(before.qualified())) {
                    renamed.add(new Rename(relation(before), now.qualified()));
                }
                long scans = seqScans.getOrDefault(row.oid(), 0L);
                if (row.seqScans() > scans && isTable(now)) {
                    scanned.add(now.qualified());
                }
                if (isTable(now) && row.columns() != null) {
                    changes.addAll(columnChanges(now.qualified(), columns.getOrDefault(row.oid(), Map.of()),
                            row.columns()));
                }
            } else if (before == null && isIndex(now) && existing.contains(now.table()) && known.containsKey(now.table())) {
                indexes.add(new IndexChange(now.qualified(), known.get(now.table()).qualified(), true));
            }
            if (row.columns() != null) {
                columns.put(row.oid(), row.columns());
            }
            seqScans.put(row.oid(), row.seqScans());
            known.put(row.oid(), now);
        }
        locks = strongest(locks, rows);
        return new ObservedStatement(location, lastLine, words, true, inTransaction, lockTimeout, locks, rewritten, scanned,
                indexes, dropped, renamed, changes);
    }

    /** PostgreSQL's lock modes, weakest first. */
    private static final List<String> MODES = List.of("ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE",
            "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE");

    /**
     * The new locks that matter: per relation only a mode stronger than every other it holds (an index
     * rebuild's SHARE under the ALTER TABLE's ACCESS EXCLUSIVE adds nothing).
     */
    private static List<Lock> strongest(List<Lock> locks, List<LockRow> rows) {
        Map<String, Integer> held = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (LockRow row : rows) {
            if (row.schema() != null) {
                names.put(row.oid(), row.schema() + "." + row.name());
            }
        }
        for (LockRow row : rows) {
            String name = names.get(row.oid());
            if (name != null) {
                held.merge(name, MODES.indexOf(mode(row.mode())), Math::max);
            }
        }
        List<Lock> kept = new ArrayList<>();
        for (Lock lock : locks) {
            String now = lock.relation().name();
            Integer strongest = held.get(now);
            if (strongest == null || MODES.indexOf(lock.mode()) >= strongest) {
                kept.add(lock);
            }
        }
        return kept;
    }

    /** What changed between a table's columns before and after, matched by column number. */
    private static List<ColumnChange> columnChanges(String table, Map<Integer, Col> before, Map<Integer, Col> now) {
        List<ColumnChange> changes = new ArrayList<>();
        for (Col old : before.values()) {
            Col col = now.get(old.number());
            if (col == null) {
                changes.add(new ColumnChange(ColumnChange.Kind.DROPPED, table, old.name(), old.type(), null));
                continue;
            }
            if (!col.name().equals(old.name())) {
                changes.add(new ColumnChange(ColumnChange.Kind.RENAMED, table, old.name(), old.name(), col.name()));
            }
            if (!col.type().equals(old.type())) {
                changes.add(new ColumnChange(ColumnChange.Kind.TYPE_CHANGED, table, col.name(), old.type(), col.type()));
            }
        }
        for (Col col : now.values()) {
            if (!before.containsKey(col.number()) && col.notNull() && !col.filled()) {
                changes.add(new ColumnChange(ColumnChange.Kind.ADDED_NOT_NULL_WITHOUT_DEFAULT, table, col.name(), null,
                        col.type()));
            }
        }
        return changes;
    }

    /** The columns the lock query returned for a table held under ACCESS EXCLUSIVE, or {@code null}. */
    private static Map<Integer, Col> columnsOf(java.sql.ResultSet row) throws SQLException {
        java.sql.Array numbers = row.getArray("numbers");
        if (numbers == null) {
            return null;
        }
        Integer[] number = (Integer[]) numbers.getArray();
        String[] names = (String[]) row.getArray("names").getArray();
        String[] types = (String[]) row.getArray("types").getArray();
        Boolean[] notNulls = (Boolean[]) row.getArray("not_nulls").getArray();
        Boolean[] filled = (Boolean[]) row.getArray("filled").getArray();
        Map<Integer, Col> columns = new TreeMap<>();
        for (int i = 0; i < number.length; i++) {
            columns.put(number[i], new Col(number[i], names[i], types[i], notNulls[i], filled[i]));
        }
        return columns;
    }

    private void loadColumns(Connection connection, List<Long> tables) {
        queries++;
        Map<Long, Map<Integer, Col>> read = new HashMap<>();
        tables.forEach(oid -> read.put(oid, new TreeMap<>()));
        for (Object[] row : LintQueries.query(connection, "columns", r -> new Object[] {r.getLong("oid"),
                new Col(r.getInt("attnum"), r.getString("attname"), r.getString("type"), r.getBoolean("attnotnull"),
                        r.getBoolean("filled"))}, tables, tables)) {
            Col col = (Col) row[1];
            read.computeIfAbsent((Long) row[0], k -> new TreeMap<>()).put(col.number(), col);
        }
        columns.putAll(read);
    }

    private static Map<String, List<String>> enums(Connection connection) {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (Object[] row : LintQueries.query(connection, "enums", r -> new Object[] {r.getString("name"),
                List.of((String[]) r.getArray("labels").getArray())})) {
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) row[1];
            enums.put((String) row[0], labels);
        }
        return enums;
    }

    private static boolean isTransactionControl(String words) {
        return words.matches("(begin|start transaction|commit|end|rollback|abort)\\b.*");
    }

    private static boolean isTable(Rel rel) {
        return rel != null && (rel.kind().equals("r") || rel.kind().equals("p") || rel.kind().equals("m"));
    }

    private static boolean isIndex(Rel rel) {
        return rel.kind().equals("i") || rel.kind().equals("I");
    }

    private static Relation relation(Rel rel) {
        String kind = switch (rel.kind()) {
            case "r", "p" -> "table";
            case "m" -> "materialized view";
            case "i", "I" -> "index";
            case "S" -> "sequence";
            case "v" -> "view";
            case "f" -> "foreign table";
            default -> "relation";
        };
        return new Relation(kind, rel.qualified());
    }

    /** {@code AccessExclusiveLock} as the documentation names it: {@code ACCESS EXCLUSIVE}. */
    static String mode(String lockMode) {
        String bare = lockMode.endsWith("Lock") ? lockMode.substring(0, lockMode.length() - 4) : lockMode;
        return bare.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }

    private static SchemaVerifyException lost(String file, SqlStatement statement, SQLException e) {
        return new SchemaVerifyException(ErrorCode.SHADOW, file + ":" + statement.line() + ":" + statement.column()
                + ": could not observe the statement on the shadow database: " + e.getMessage(), e);
    }
}
