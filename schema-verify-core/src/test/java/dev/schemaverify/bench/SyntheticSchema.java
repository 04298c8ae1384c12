package dev.schemaverify.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic schema of {@code N} tables shaped like an application's: mixed column types, a primary key,
 * foreign keys to earlier tables, secondary, partial, unique and GIN indexes, check constraints,
 * row-level security with two policies on every other table, an {@code updated_at} trigger on every third
 * table (one shared trigger function), plus {@code N/20} views, {@code N/50} sequences and 5 enum types.
 *
 * <p>Generation is deterministic (table {@code i} always looks the same, whatever {@code N}), so the
 * 1,000-table schema is the first fifth of the 5,000-table one. Statements are sent in batches of
 * {@value #TABLES_PER_BATCH} tables, one round trip and one transaction per batch: creating thousands of
 * objects one statement per round trip would measure the network, not PostgreSQL.
 */
final class SyntheticSchema {
    static final int ENUM_COUNT = 5;

    /**
     * Tables per transaction. Each table takes a handful of locks (table, identity sequence, indexes,
     * referenced tables) held until commit, and the lock table of a default server holds
     * {@code 64 * max_connections} of them; 100 tables stay far below that.
     */
    private static final int TABLES_PER_BATCH = 100;

    private static final List<String> SCHEMAS = List.of("app", "ledger");

    private final int tableCount;
    private final List<TableSpec> tables = new ArrayList<>();
    private final Counts counts = new Counts();

    SyntheticSchema(int tableCount) {
        this.tableCount = tableCount;
    }

    /** What was created, for the report. */
    static final class Counts {
        int tables;
        int columns;
        int foreignKeys;
        int indexes;
        int checks;
        int policies;
        int rlsTables;
        int triggers;
        int views;
        int sequences;
        int enums;
        int statements;

        @Override
        public String toString() {
            return tables + " tables, " + columns + " columns, " + foreignKeys + " foreign keys, " + indexes
                    + " secondary indexes, " + checks + " checks, " + rlsTables + " tables with RLS, " + policies
                    + " policies, " + triggers + " triggers, " + views + " views, " + sequences + " sequences, "
                    + enums + " enums (" + statements + " statements)";
        }
    }

    private record TableSpec(String schema, String name, boolean uuidKey, List<String> columns, String parentColumn, TableSpec parent) {
        String qualified() {
            return schema + "." + name;
        }
    }

    /** Creates the schema in the (empty) database behind {@code connection}. */
    Counts create(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            run(connection, statement, preamble());
            for (int first = 1; first <= tableCount; first += TABLES_PER_BATCH) {
                StringBuilder batch = new StringBuilder(TABLES_PER_BATCH * 2048);
                for (int i = first; i < first + TABLES_PER_BATCH && i <= tableCount; i++) {
                    table(i, batch);
                }
                run(connection, statement, batch);
            }
            run(connection, statement, views());
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return counts;
    }

    private void run(Connection connection, Statement statement, StringBuilder sql) throws SQLException {
        // The driver splits the text at top-level semicolons and sends all statements in one round trip.
        statement.execute(sql.toString());
        connection.commit();
    }

    private StringBuilder preamble() {
        StringBuilder sql = new StringBuilder();
        for (String schema : SCHEMAS) {
            add(sql, "create schema " + schema);
        }
        for (int e = 0; e < ENUM_COUNT; e++) {
            StringBuilder labels = new StringBuilder();
            for (int label = 0; label < 3 + e; label++) {
                labels.append(label == 0 ? "" : ", ").append("'state_").append(e).append('_').append(label).append('\'');
            }
            add(sql, "create type app.e" + e + " as enum (" + labels + ")");
            counts.enums++;
        }
        add(sql, """
                create function app.touch_updated_at() returns trigger language plpgsql as $$
                begin
                  new.updated_at := now();
                  return new;
                end
                $$""");
        add(sql, """
                create function app.audit_change() returns trigger language plpgsql as $$
                begin
                  return null;
                end
                $$""");
        for (int s = 1; s <= tableCount / 50; s++) {
            add(sql, "create sequence " + schemaOf(s) + ".seq_" + pad(s) + " as bigint start with " + (1000 * s)
                    + " increment by " + (s % 3 == 0 ? 10 : 1) + (s % 4 == 0 ? " cache 20" : ""));
            counts.sequences++;
        }
        return sql;
    }

    private void table(int i, StringBuilder sql) {
        Random random = new Random(0x5eed_0000L + i);
        String schema = schemaOf(i);
        String name = "t" + pad(i);
        String qualified = schema + "." + name;
        boolean uuidKey = i % 7 == 0;
        boolean rls = i % 2 == 0 || i % 3 == 0;
        boolean touched = i % 3 == 0;
        boolean audited = i % 4 == 0;
        int columnTarget = 10 + random.nextInt(8);

        List<String> definitions = new ArrayList<>();
        List<String> columnNames = new ArrayList<>();
        List<String> after = new ArrayList<>();
        definitions.add(uuidKey
                ? "id uuid primary key default gen_random_uuid()"
                : "id bigint generated by default as identity primary key");
        columnNames.add("id");

        String parentColumn = null;
        TableSpec parent = null;
        int fkCount = i == 1 ? 0 : (i > 10 && random.nextInt(2) == 0 ? 2 : 1);
        for (int f = 0; f < fkCount; f++) {
            // Mostly near neighbours, sometimes far back: like a real schema, a few tables are referenced a lot.
            int target = f == 0 ? Math.max(1, i - 1 - random.nextInt(Math.min(i - 1, 20))) : 1 + random.nextInt(i - 1);
            TableSpec referenced = tables.get(target - 1);
            String column = referenced.name() + "_id" + (f == 0 ? "" : "_" + f);
            if (columnNames.contains(column)) {
                continue;
            }
            definitions.add(column + (referenced.uuidKey() ? " uuid" : " bigint") + (f == 0 ? " not null" : "")
                    + " references " + referenced.qualified() + " (id) on delete " + (f == 0 ? "cascade" : "set null"));
            columnNames.add(column);
            after.add("create index " + name + "_" + column + "_idx on " + qualified + " (" + column + ")");
            counts.foreignKeys++;
            counts.indexes++;
            if (f == 0) {
                parentColumn = column;
                parent = referenced;
            }
        }
        if (rls) {
            definitions.add("tenant_id uuid not null");
            columnNames.add("tenant_id");
        }
        if (touched) {
            definitions.add("updated_at timestamptz not null default now()");
            columnNames.add("updated_at");
        }

        String flag = null;
        String jsonb = null;
        String text = null;
        for (int c = columnNames.size(); c < columnTarget; c++) {
            int kind = random.nextInt(14);
            String column = "c" + c + "_" + KIND_NAMES[kind];
            columnNames.add(column);
            switch (kind) {
                case 0 -> {
                    definitions.add(column + " integer not null default 0");
                    if (random.nextInt(3) == 0) {
                        definitions.add("constraint " + name + "_" + column + "_positive check (" + column + " >= 0)");
                        counts.checks++;
                    }
                }
                case 1 -> definitions.add(column + " bigint");
                case 2 -> {
                    definitions.add(column + " text");
                    text = text == null ? column : text;
                }
                case 3 -> {
                    int length = new int[] {16, 64, 255}[random.nextInt(3)];
                    definitions.add(column + " varchar(" + length + ") not null");
                    definitions.add("constraint " + name + "_" + column + "_not_blank check (char_length(" + column + ") > 0)");
                    counts.checks++;
                    text = text == null ? column : text;
                }
                case 4 -> {
                    definitions.add(column + " numeric(12,2) not null default 0");
                    definitions.add("constraint " + name + "_" + column + "_range check (" + column + " between 0 and 1000000)");
                    counts.checks++;
                }
                case 5 -> {
                    definitions.add(column + " boolean not null default false");
                    flag = flag == null ? column : flag;
                }
                case 6 -> definitions.add(column + " timestamptz not null default now()");
                case 7 -> definitions.add(column + " uuid default gen_random_uuid()");
                case 8 -> {
                    definitions.add(column + " jsonb not null default '{}'::jsonb");
                    jsonb = jsonb == null ? column : jsonb;
                }
                case 9 -> definitions.add(column + " app.e" + random.nextInt(ENUM_COUNT));
                case 10 -> definitions.add(column + " text[] not null default '{}'");
                case 11 -> definitions.add(column + " integer[]");
                case 12 -> definitions.add(column + " date");
                default -> definitions.add(column + " smallint");
            }
        }
        counts.columns += columnNames.size();

        if (flag != null) {
            after.add("create index " + name + "_active_idx on " + qualified + " (id) where not " + flag);
            counts.indexes++;
        } else if (touched) {
            after.add("create index " + name + "_recent_idx on " + qualified + " (updated_at) where updated_at > '2024-01-01'");
            counts.indexes++;
        }
        if (text != null && i % 5 == 0) {
            after.add("create unique index " + name + "_" + text + "_key on " + qualified + " (lower(" + text + "))");
            counts.indexes++;
        }
        if (jsonb != null && i % 6 == 0) {
            after.add("create index " + name + "_" + jsonb + "_gin on " + qualified + " using gin (" + jsonb + ")");
            counts.indexes++;
        }
        if (rls) {
            String tenant = "tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid";
            after.add("alter table " + qualified + " enable row level security");
            after.add("create policy tenant_read on " + qualified + " for select using (" + tenant + ")");
            after.add("create policy tenant_write on " + qualified + " for insert to public with check (" + tenant + ")");
            counts.rlsTables++;
            counts.policies += 2;
            if (i % 6 == 0) {
                after.add("create policy tenant_update on " + qualified + " for update using (" + tenant + ") with check ("
                        + tenant + ")");
                counts.policies++;
            }
        }
        if (touched) {
            after.add("create trigger touch_updated_at before update on " + qualified
                    + " for each row execute function app.touch_updated_at()");
            counts.triggers++;
        }
        if (audited) {
            after.add("create trigger audit_change after insert or delete on " + qualified
                    + " for each row execute function app.audit_change()");
            counts.triggers++;
        }

        add(sql, "create table " + qualified + " (\n  " + String.join(",\n  ", definitions) + "\n)");
        for (String statement : after) {
            add(sql, statement);
        }
        counts.tables++;
        tables.add(new TableSpec(schema, name, uuidKey, List.copyOf(columnNames), parentColumn, parent));
    }

    private StringBuilder views() {
        StringBuilder sql = new StringBuilder();
        for (int v = 1; v <= tableCount / 10; v++) {
            TableSpec base = tables.get(v * 10 - 1);
            List<String> selected = new ArrayList<>();
            for (String column : base.columns().subList(0, Math.min(4, base.columns().size()))) {
                selected.add("b." + column);
            }
            String from = base.qualified() + " b";
            if (base.parent() != null) {
                selected.add("p." + base.parent().columns().get(base.parent().columns().size() - 1) + " as parent_"
                        + base.parent().columns().get(base.parent().columns().size() - 1));
                from += " join " + base.parent().qualified() + " p on p.id = b." + base.parentColumn();
            }
            add(sql, "create view " + base.schema() + ".v" + pad(v) + " as select " + String.join(", ", selected)
                    + " from " + from + (v % 2 == 0 ? " where b.id is not null" : ""));
            counts.views++;
        }
        return sql;
    }

    private void add(StringBuilder sql, String statement) {
        sql.append(statement).append(";\n");
        counts.statements++;
    }

    private static String schemaOf(int i) {
        return i % 4 == 3 ? "ledger" : "app";
    }

    private static String pad(int i) {
        return String.format(java.util.Locale.ROOT, "%05d", i);
    }

    private static final String[] KIND_NAMES = {
        "count", "big", "note", "label", "amount", "flag", "at", "ref", "data", "state", "tags", "ids", "day", "rank"
    };
}
