package dev.schemaverify.reconcile;

import static dev.schemaverify.reconcile.Sql.id;
import static dev.schemaverify.reconcile.Sql.ids;
import static dev.schemaverify.reconcile.Sql.literal;
import static dev.schemaverify.reconcile.Sql.name;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The idempotent DDL for one object, written from its model record. Names are quoted with
 * {@link dev.schemaverify.model.Identifiers}; expressions and types are used as PostgreSQL deparsed them
 * (schema-qualified, because the inspector deparses under {@code search_path = pg_catalog}).
 */
final class Statements {
    private Statements() {
    }

    static String createSchema(Schema schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + id(schema.name())
                + (schema.owner() == null ? "" : " AUTHORIZATION " + id(schema.owner()));
    }

    /** Without a declared schema the extension goes to {@code public}: the script's search_path is pg_catalog. */
    static String createExtension(Extension extension) {
        String schema = extension.schema() == null ? "public" : extension.schema();
        return "CREATE EXTENSION IF NOT EXISTS " + id(extension.name()) + " WITH SCHEMA " + id(schema)
                + (extension.version() == null ? "" : " VERSION " + literal(extension.version()));
    }

    static String createEnum(EnumType type) {
        return "CREATE TYPE " + name(type.name()) + " AS ENUM (" + labels(type.labels()) + ")";
    }

    static String labels(List<String> labels) {
        return labels.stream().map(Sql::literal).collect(Collectors.joining(", "));
    }

    static String createSequence(Sequence sequence) {
        return "CREATE SEQUENCE IF NOT EXISTS " + name(sequence.name()) + sequenceOptions(sequence, true);
    }

    static String sequenceOptions(Sequence s, boolean create) {
        String type = s.dataType() == null ? "" : " AS " + s.dataType();
        return type + String.join("", optionList(new IdentityOptions(s.start(), s.increment(), s.minValue(),
                s.maxValue(), s.cache(), s.cycle()), ""));
    }

    /**
     * The declared options, each as {@code " " + prefix + "INCREMENT BY 5"}: with the prefix {@code SET }
     * they are {@code ALTER COLUMN ... SET ...} clauses of an identity column.
     */
    static List<String> optionList(IdentityOptions o, String prefix) {
        List<String> options = new ArrayList<>();
        if (o.increment() != null) {
            options.add(" " + prefix + "INCREMENT BY " + o.increment());
        }
        if (o.minValue() != null) {
            options.add(" " + prefix + "MINVALUE " + o.minValue());
        }
        if (o.maxValue() != null) {
            options.add(" " + prefix + "MAXVALUE " + o.maxValue());
        }
        if (o.start() != null) {
            options.add(" " + prefix + "START WITH " + o.start());
        }
        if (o.cache() != null) {
            options.add(" " + prefix + "CACHE " + o.cache());
        }
        if (o.cycle() != null) {
            options.add(" " + prefix + (o.cycle() ? "CYCLE" : "NO CYCLE"));
        }
        return options;
    }

    /** {@code GENERATED ... AS IDENTITY} with the declared sequence options, as CREATE TABLE and ADD take it. */
    /**
     * {@code GENERATED ... AS IDENTITY (...)}; a declared sequence name is given as {@code SEQUENCE NAME}
     * (unqualified: PostgreSQL puts it in the table's schema).
     */
    static String identityClause(Column column) {
        IdentityOptions o = column.identityOptions();
        String options = o == null ? "" : ((o.sequence() == null ? "" : "SEQUENCE NAME " + id(o.sequence()))
                + String.join("", optionList(o, ""))).strip();
        return "GENERATED " + column.identity() + " AS IDENTITY" + (options.isEmpty() ? "" : " (" + options + ")");
    }

    /** {@code fillfactor='70', autovacuum_enabled='false'} for {@code WITH (...)} and {@code SET (...)}. */
    static String storageOptions(List<String> options) {
        return options.stream().map(option -> {
            int equals = option.indexOf('=');
            return equals < 0 ? option : option.substring(0, equals) + "=" + literal(option.substring(equals + 1));
        }).collect(Collectors.joining(", "));
    }

    /** The key of one storage parameter: {@code fillfactor} of {@code fillfactor=70}. */
    static String storageKey(String option) {
        int equals = option.indexOf('=');
        return equals < 0 ? option : option.substring(0, equals);
    }

    /** {@code COLLATE x} for a declared collation, {@code COLLATE "default"} to go back to the type's own. */
    static String collateClause(String collation) {
        return " COLLATE " + (collation == null ? "pg_catalog.\"default\"" : collation);
    }

    /**
     * A table with its columns, primary key, unique and check constraints; foreign keys come later, and so
     * do checks declared {@code NOT VALID} (CREATE TABLE would mark them valid). A partition is created
     * {@code PARTITION OF} its parent with its bound, a child with {@code INHERITS}, a partitioned table with
     * its {@code PARTITION BY} key.
     */
    static String createTable(Table table) {
        List<String> lines = new ArrayList<>();
        for (Column column : table.columns()) {
            lines.add(columnDefinition(column));
        }
        if (table.primaryKey() != null) {
            lines.add(primaryKeyClause(table.primaryKey()));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            lines.add(uniqueClause(unique));
        }
        for (CheckConstraint check : table.checks()) {
            if (check.expression() != null && !Boolean.FALSE.equals(check.valid())) {
                lines.add(checkClause(check));
            }
        }
        String storage = table.storage() == null || table.storage().isEmpty() ? ""
                : " WITH (" + storageOptions(table.storage()) + ")";
        String head = "CREATE " + (Boolean.TRUE.equals(table.unlogged()) ? "UNLOGGED " : "") + "TABLE IF NOT EXISTS "
                + name(table.name());
        if (table.partitionOf() != null) {
            // a partition's columns are its parent's; what it has of its own are constraints
            head += " PARTITION OF " + name(table.partitionOf());
            if (lines.isEmpty()) {
                return head + TableStructure.tail(table) + storage;
            }
        }
        return head + " (\n    " + String.join(",\n    ", lines) + "\n)" + TableStructure.tail(table) + storage;
    }

    static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(id(column.name())).append(' ').append(column.type());
        if (column.collation() != null) {
            sql.append(collateClause(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
        } else if (column.identity() != null) {
            sql.append(' ').append(identityClause(column));
        } else if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(column.defaultValue());
        }
        if (Boolean.FALSE.equals(column.nullable())) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    static String primaryKeyClause(PrimaryKey key) {
        return (key.name() == null ? "" : "CONSTRAINT " + id(key.name()) + " ") + "PRIMARY KEY (" + ids(key.columns()) + ")"
                + deferrable(key.deferrable(), key.initiallyDeferred());
    }

    static String uniqueClause(UniqueConstraint unique) {
        return "CONSTRAINT " + id(unique.name()) + " UNIQUE (" + ids(unique.columns()) + ")"
                + deferrable(unique.deferrable(), unique.initiallyDeferred());
    }

    private static String deferrable(Boolean deferrable, Boolean initiallyDeferred) {
        if (!Boolean.TRUE.equals(deferrable)) {
            return "";
        }
        return Boolean.TRUE.equals(initiallyDeferred) ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    static String checkClause(CheckConstraint check) {
        return "CONSTRAINT " + id(check.name()) + " CHECK (" + check.expression() + ")"
                + (Boolean.TRUE.equals(check.noInherit()) ? " NO INHERIT" : "");
    }

    static String foreignKeyClause(ForeignKey key) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(id(key.name()))
                .append(" FOREIGN KEY (").append(ids(key.columns())).append(") REFERENCES ")
                .append(name(key.referencedTable()));
        if (key.referencedColumns() != null && !key.referencedColumns().isEmpty()) {
            sql.append(" (").append(ids(key.referencedColumns())).append(')');
        }
        if (key.onUpdate() != null && !key.onUpdate().equals("NO ACTION")) {
            sql.append(" ON UPDATE ").append(key.onUpdate());
        }
        if (key.onDelete() != null && !key.onDelete().equals("NO ACTION")) {
            sql.append(" ON DELETE ").append(key.onDelete());
            if (key.onDeleteColumns() != null && !key.onDeleteColumns().isEmpty()) {
                sql.append(" (").append(ids(key.onDeleteColumns())).append(')');
            }
        }
        sql.append(deferrable(key.deferrable(), key.initiallyDeferred()));
        return sql.toString();
    }

    static String alterTable(QualifiedName table, String action) {
        return "ALTER TABLE " + name(table) + " " + action;
    }

    /** Adds a constraint unless one of that name exists: ALTER TABLE has no ADD CONSTRAINT IF NOT EXISTS. */
    static String addConstraint(QualifiedName table, String constraint, String clause) {
        return Sql.guarded("NOT " + Sql.constraintExists(table, constraint), alterTable(table, "ADD " + clause));
    }

    static String dropConstraint(QualifiedName table, String constraint) {
        return alterTable(table, "DROP CONSTRAINT IF EXISTS " + id(constraint));
    }

    static String renameConstraint(QualifiedName table, String from, String to) {
        return Sql.guarded(Sql.constraintExists(table, from) + " AND NOT " + Sql.constraintExists(table, to),
                alterTable(table, "RENAME CONSTRAINT " + id(from) + " TO " + id(to)));
    }

    static String createIndex(QualifiedName table, Index index, boolean concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (Boolean.TRUE.equals(index.unique())) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ");
        if (concurrently) {
            sql.append("CONCURRENTLY ");
        }
        sql.append("IF NOT EXISTS ").append(id(index.name())).append(" ON ").append(name(table));
        if (index.method() != null && !index.method().equals("btree")) {
            sql.append(" USING ").append(index.method());
        }
        sql.append(" (").append(String.join(", ", index.keys())).append(')');
        if (index.include() != null && !index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(String.join(", ", index.include())).append(')');
        }
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return sql.toString();
    }

    /**
     * Drops an index unless an index of that name backs a constraint: on a second run the name may belong
     * to the primary key or unique constraint the first run added, which DROP INDEX would refuse.
     */
    static String dropIndex(QualifiedName table, String index) {
        QualifiedName name = new QualifiedName(table.schema(), index);
        return Sql.guarded("EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indexrelid = pg_catalog.to_regclass("
                + literal(name.toString()) + ") AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k"
                + " WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')))",
                "DROP INDEX IF EXISTS " + name(name));
    }

    static String createPolicy(QualifiedName table, Policy policy) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(id(policy.name())).append(" ON ")
                .append(name(table));
        sql.append(Boolean.FALSE.equals(policy.permissive()) ? " AS RESTRICTIVE" : " AS PERMISSIVE");
        sql.append(" FOR ").append(policy.command() == null ? "ALL" : policy.command());
        List<String> roles = policy.roles() == null || policy.roles().isEmpty() ? List.of("public") : policy.roles();
        sql.append(" TO ").append(roles.stream().map(Sql::role).collect(Collectors.joining(", ")));
        if (policy.using() != null) {
            sql.append(" USING (").append(policy.using()).append(')');
        }
        if (policy.withCheck() != null) {
            sql.append(" WITH CHECK (").append(policy.withCheck()).append(')');
        }
        return Sql.guarded("NOT " + Sql.policyExists(table, policy.name()), sql.toString());
    }

    static String dropPolicy(QualifiedName table, String policy) {
        return "DROP POLICY IF EXISTS " + id(policy) + " ON " + name(table);
    }

    /**
     * CREATE OR REPLACE TRIGGER exists since PostgreSQL 14, the oldest version schema-verify supports; a
     * constraint trigger cannot be replaced, so it is written as a plain CREATE that the planner precedes
     * with a drop.
     */
    static String createTrigger(QualifiedName table, Trigger trigger) {
        boolean constraint = Boolean.TRUE.equals(trigger.constraint());
        List<String> events = new ArrayList<>();
        for (String event : trigger.events()) {
            boolean of = event.equals("UPDATE") && trigger.updateColumns() != null && !trigger.updateColumns().isEmpty();
            events.add(of ? "UPDATE OF " + ids(trigger.updateColumns()) : event);
        }
        StringBuilder sql = new StringBuilder(constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE OR REPLACE TRIGGER ")
                .append(id(trigger.name())).append(' ')
                .append(trigger.timing() == null ? "AFTER" : trigger.timing()).append(' ')
                .append(String.join(" OR ", events)).append(" ON ").append(name(table));
        if (constraint && Boolean.TRUE.equals(trigger.deferrable())) {
            sql.append(" DEFERRABLE INITIALLY ").append(Boolean.TRUE.equals(trigger.initiallyDeferred()) ? "DEFERRED" : "IMMEDIATE");
        }
        sql.append(" FOR EACH ").append(trigger.level() == null ? (constraint ? "ROW" : "STATEMENT") : trigger.level());
        if (trigger.when() != null) {
            sql.append(" WHEN (").append(trigger.when()).append(')');
        }
        String arguments = trigger.arguments() == null ? ""
                : trigger.arguments().stream().map(Sql::literal).collect(Collectors.joining(", "));
        return sql.append(" EXECUTE FUNCTION ").append(trigger.function()).append('(').append(arguments).append(')')
                .toString();
    }

    static String dropTrigger(QualifiedName table, String trigger) {
        return "DROP TRIGGER IF EXISTS " + id(trigger) + " ON " + name(table);
    }

    static String createView(View view) {
        String definition = Sql.withoutSemicolon(view.definition());
        if (view.materialized()) {
            String storage = view.storage() == null || view.storage().isEmpty() ? ""
                    : " WITH (" + storageOptions(view.storage()) + ")";
            return "CREATE MATERIALIZED VIEW IF NOT EXISTS " + name(view.name()) + storage + " AS\n" + definition;
        }
        String check = view.checkOption() == null ? "" : " WITH (check_option=" + literal(view.checkOption().toLowerCase(Locale.ROOT)) + ")";
        return "CREATE OR REPLACE VIEW " + name(view.name()) + check + " AS\n" + definition;
    }

    static String dropView(View view) {
        return (view.materialized() ? "DROP MATERIALIZED VIEW IF EXISTS " : "DROP VIEW IF EXISTS ") + name(view.name());
    }

    static String routineHead(Routine routine) {
        return name(routine.name()) + "(" + routine.arguments() + ")";
    }

    /** {@code FUNCTION public.f(integer)}, as GRANT and COMMENT name a routine. */
    static String routineObject(Routine routine) {
        return (Boolean.TRUE.equals(routine.procedure()) ? "PROCEDURE " : "FUNCTION ") + routineHead(routine);
    }

    static String dropRoutine(Routine routine) {
        return (Boolean.TRUE.equals(routine.procedure()) ? "DROP PROCEDURE IF EXISTS " : "DROP FUNCTION IF EXISTS ")
                + routineHead(routine);
    }

    /** Whether the routine can be written at all: a contract may declare one without its body. */
    static boolean writable(Routine routine) {
        boolean procedure = Boolean.TRUE.equals(routine.procedure());
        return routine.body() != null && routine.language() != null && (procedure || routine.returns() != null)
                && !routine.language().equals("c");
    }

    static boolean sqlStandardBody(Routine routine) {
        if (!"sql".equals(routine.language()) || routine.body() == null) {
            return false;
        }
        String body = routine.body().strip().toUpperCase(Locale.ROOT);
        return body.startsWith("BEGIN ATOMIC") || body.startsWith("RETURN ") || body.startsWith("RETURN(");
    }

    static String createRoutine(Routine routine) {
        boolean procedure = Boolean.TRUE.equals(routine.procedure());
        // the full list keeps defaults and OUT arguments, which the identity arguments leave out
        String arguments = routine.argumentList() != null ? routine.argumentList() : routine.arguments();
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE ").append(procedure ? "PROCEDURE " : "FUNCTION ")
                .append(name(routine.name())).append('(').append(arguments).append(')');
        if (!procedure) {
            sql.append("\n RETURNS ").append(routine.returns());
        }
        sql.append("\n LANGUAGE ").append(id(routine.language()));
        if (!procedure && routine.volatility() != null) {
            sql.append("\n ").append(routine.volatility());
        }
        if (!procedure) {
            // CREATE OR REPLACE resets what it does not say: say STRICT and LEAKPROOF either way
            sql.append(Boolean.TRUE.equals(routine.strict()) ? "\n STRICT" : "\n CALLED ON NULL INPUT");
            if (routine.leakproof() != null) {
                sql.append(routine.leakproof() ? "\n LEAKPROOF" : "\n NOT LEAKPROOF");
            }
            if (routine.parallel() != null) {
                sql.append("\n PARALLEL ").append(routine.parallel());
            }
            if (routine.cost() != null) {
                sql.append("\n COST ").append(routine.cost());
            }
            if (routine.rows() != null && routine.returns() != null && routine.returns().startsWith("SETOF ")
                    || routine.rows() != null && routine.returns() != null && routine.returns().startsWith("TABLE(")) {
                sql.append("\n ROWS ").append(routine.rows());
            }
        }
        if (Boolean.TRUE.equals(routine.securityDefiner())) {
            sql.append("\n SECURITY DEFINER");
        }
        if (routine.settings() != null) {
            for (String setting : routine.settings()) {
                sql.append("\n ").append(setClause(setting));
            }
        }
        if (sqlStandardBody(routine)) {
            sql.append('\n').append(routine.body().strip());
        } else if (routine.language().equals("internal")) {
            sql.append("\nAS ").append(literal(routine.body()));
        } else {
            sql.append("\nAS ").append(Sql.dollarQuote(routine.body(), "function"));
        }
        return sql.toString();
    }

    /**
     * {@code SET name TO value} for one {@code proconfig} entry. List settings ({@code search_path}) are
     * split into one literal per element: a single literal would name one schema called "a, b".
     */
    static String setClause(String setting) {
        int equals = setting.indexOf('=');
        String key = setting.substring(0, equals);
        String value = setting.substring(equals + 1);
        if (key.equals("search_path") || key.equals("temp_tablespaces")) {
            List<String> elements = splitList(value);
            if (elements.isEmpty()) {
                return "SET " + key + " TO ''";
            }
            return "SET " + key + " TO " + elements.stream().map(Sql::literal).collect(Collectors.joining(", "));
        }
        return "SET " + key + " TO " + literal(value);
    }

    /** Splits {@code "$user", public} into its elements, unquoting double-quoted ones. */
    static List<String> splitList(String value) {
        List<String> elements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                elements.add(current.toString().strip());
                current.setLength(0);
                any = false;
            } else if (!Character.isWhitespace(c) || current.length() > 0) {
                current.append(c);
                any = true;
            }
        }
        if (any || current.length() > 0) {
            elements.add(current.toString().strip());
        }
        return elements;
    }
}
