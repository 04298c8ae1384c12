package dev.schemaverify.reconcile;

import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/** Lexical helpers for the generated SQL: quoting, literals, dollar quotes, catalog guards. */
final class Sql {
    private Sql() {
    }

    static String id(String name) {
        return Identifiers.quote(name);
    }

    static String ids(List<String> names) {
        return names.stream().map(Sql::id).collect(Collectors.joining(", "));
    }

    static String name(QualifiedName name) {
        return name.toString();
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A role in GRANT, REVOKE and CREATE POLICY: {@code PUBLIC} is a key word, every other role a name. */
    static String role(String role) {
        return role.equalsIgnoreCase("public") ? "PUBLIC" : id(role);
    }

    /** {@code $tag$text$tag$} with a tag that does not occur in {@code text}. */
    static String dollarQuote(String text, String tag) {
        String candidate = tag;
        int n = 1;
        while (text.contains("$" + candidate + "$")) {
            candidate = tag + n++;
        }
        return "$" + candidate + "$" + text + "$" + candidate + "$";
    }

    /** A DO block running {@code statements} when {@code condition} holds: the catalog guard of a step. */
    static String guarded(String condition, String... statements) {
        StringBuilder body = new StringBuilder("\nBEGIN\n    IF ").append(condition).append(" THEN\n");
        for (String statement : statements) {
            body.append("        ").append(statement.replace("\n", "\n        ")).append(";\n");
        }
        body.append("    END IF;\nEND\n");
        return "DO " + dollarQuote(body.toString(), "reconcile");
    }

    /**
     * A DO block that runs {@code statement}, and {@code fallback} instead when PostgreSQL rejects the first
     * with an invalid parameter value (SQLSTATE 22023), e.g. a sequence whose current value falls outside
     * its new bounds.
     */
    static String withFallback(String statement, String fallback) {
        String body = "\nBEGIN\n    " + statement.replace("\n", "\n    ") + ";\n"
                + "EXCEPTION WHEN invalid_parameter_value THEN\n    " + fallback.replace("\n", "\n    ") + ";\nEND\n";
        return "DO " + dollarQuote(body, "reconcile");
    }

    /** The condition that a relation {@code name} of the given kinds ({@code 'r', 'p'}) exists. */
    static String relationExists(QualifiedName name) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = " + literal(name.schema()) + " AND c.relname = " + literal(name.name()) + ")";
    }

    static String constraintExists(QualifiedName table, String constraint) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k"
                + " WHERE k.conrelid = " + regclass(table) + " AND k.conname = " + literal(constraint) + ")";
    }

    static String primaryKeyExists(QualifiedName table) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k"
                + " WHERE k.conrelid = " + regclass(table) + " AND k.contype = 'p')";
    }

    static String policyExists(QualifiedName table, String policy) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_policy p"
                + " WHERE p.polrelid = " + regclass(table) + " AND p.polname = " + literal(policy) + ")";
    }

    static String typeExists(QualifiedName type) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE n.nspname = " + literal(type.schema()) + " AND t.typname = " + literal(type.name()) + ")";
    }

    /** The column's type as {@code format_type} prints it under the script's {@code search_path}. */
    static String columnType(QualifiedName table, String column) {
        return "(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a"
                + " WHERE a.attrelid = " + regclass(table) + " AND a.attname = " + literal(column)
                + " AND NOT a.attisdropped)";
    }

    static String column(QualifiedName table, String column, String condition) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = " + regclass(table)
                + " AND a.attname = " + literal(column) + " AND NOT a.attisdropped AND " + condition + ")";
    }

    static String regclass(QualifiedName table) {
        return literal(table.toString()) + "::pg_catalog.regclass";
    }

    /**
     * Whether {@code text} mentions {@code name} as a whole word: the conservative stand-in for a
     * dependency graph the model does not have. Quoted and schema-qualified spellings both match.
     */
    static boolean mentions(String text, String name) {
        if (text == null || name == null || name.isEmpty()) {
            return false;
        }
        // called for every view, policy and routine against every changed table: no regex per call
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !identifierChar(text.charAt(at - 1)))
                    && (end == text.length() || !identifierChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean identifierChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }

    /** {@code text} with one trailing semicolon removed (view definitions end with one). */
    static String withoutSemicolon(String text) {
        String stripped = text.strip();
        return stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
    }
}
