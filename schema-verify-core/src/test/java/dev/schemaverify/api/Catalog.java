package dev.schemaverify.api;

import dev.schemaverify.shadow.TemporaryDatabaseShadow;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What tests read from a database's catalog to prove a verification left it alone. */
final class Catalog {
    /**
     * Every catalog row a schema change could touch, in a stable order, without the statistics columns
     * (reltuples, relhasindex, ...) that autovacuum may update on its own. Deparsed expressions are read
     * under a fixed search_path so that the text does not depend on the session.
     */
    private static final String FINGERPRINT = """
            SELECT string_agg(line, E'\\n' ORDER BY line) FROM (
              SELECT 'namespace ' || concat_ws(' ', oid, nspname, nspowner, nspacl::text) FROM pg_namespace
              UNION ALL
              SELECT 'class ' || concat_ws(' ', oid, relname, relnamespace, relkind, relowner, relfilenode,
                     relpersistence, relrowsecurity, relforcerowsecurity, relacl::text, reloptions::text)
              FROM pg_class
              UNION ALL
              SELECT 'attribute ' || concat_ws(' ', attrelid, attnum, attname, atttypid, atttypmod, attnotnull,
                     atthasdef, attisdropped, attidentity, attgenerated, attacl::text)
              FROM pg_attribute
              UNION ALL
              SELECT 'default ' || concat_ws(' ', oid, adrelid, adnum, pg_get_expr(adbin, adrelid)) FROM pg_attrdef
              UNION ALL
              SELECT 'constraint ' || concat_ws(' ', oid, conname, conrelid, contype, pg_get_constraintdef(oid))
              FROM pg_constraint
              UNION ALL
              SELECT 'index ' || concat_ws(' ', indexrelid, indrelid, indisunique, indisvalid, indisready,
                     pg_get_indexdef(indexrelid))
              FROM pg_index
              UNION ALL
              SELECT 'policy ' || concat_ws(' ', oid, polname, polrelid, polcmd, polpermissive, polroles::text,
                     pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid))
              FROM pg_policy
              UNION ALL
              SELECT 'proc ' || concat_ws(' ', oid, proname, pronamespace, proowner, prosecdef, provolatile,
                     proconfig::text, proacl::text, md5(prosrc))
              FROM pg_proc
              UNION ALL
              SELECT 'trigger ' || concat_ws(' ', oid, tgname, tgrelid, tgfoid, tgtype, tgenabled,
                     pg_get_triggerdef(oid))
              FROM pg_trigger
              UNION ALL
              SELECT 'type ' || concat_ws(' ', oid, typname, typnamespace, typowner) FROM pg_type
              UNION ALL
              SELECT 'enum ' || concat_ws(' ', oid, enumtypid, enumsortorder, enumlabel) FROM pg_enum
              UNION ALL
              SELECT 'sequence ' || concat_ws(' ', seqrelid, seqtypid, seqstart, seqincrement, seqmax, seqmin,
                     seqcache, seqcycle)
              FROM pg_sequence
              UNION ALL
              SELECT 'extension ' || concat_ws(' ', oid, extname, extnamespace, extversion) FROM pg_extension
              UNION ALL
              SELECT 'rule ' || concat_ws(' ', oid, rulename, ev_class, pg_get_ruledef(oid)) FROM pg_rewrite
              UNION ALL
              SELECT 'depend ' || concat_ws(' ', classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
              FROM pg_depend
              UNION ALL
              SELECT 'database ' || concat_ws(' ', datname, datdba, datacl::text) FROM pg_database
              WHERE datname = current_database()
            ) AS rows(line)
            """;

    private Catalog() {
    }

    /** One line per catalog row; equal text means an unchanged schema. */
    static String fingerprint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = pg_catalog");
            try (ResultSet rs = statement.executeQuery(FINGERPRINT)) {
                rs.next();
                return rs.getString(1);
            } finally {
                statement.execute("RESET search_path");
            }
        }
    }

    /** Objects in temporary schemas, and anything named like schema-verify's own objects. */
    static List<String> leftovers(Connection connection) throws SQLException {
        return strings(connection, """
                SELECT 'temporary schema ' || nspname FROM pg_namespace WHERE nspname ~ '^pg_(toast_)?temp_'
                UNION ALL
                SELECT 'relation ' || n.nspname || '.' || c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname ~ '^pg_(toast_)?temp_' OR c.relname ~* '^(sv_norm|schema_verify)'
                UNION ALL
                SELECT 'function ' || n.nspname || '.' || p.proname FROM pg_proc p
                JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname ~ '^pg_(toast_)?temp_' OR p.proname ~* '^(sv_norm|schema_verify)'
                UNION ALL
                SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname ~* 'schema_verify'
                ORDER BY 1
                """);
    }

    /** Temporary shadow databases still on the shared test server. */
    static List<String> shadowDatabasesLeft() throws SQLException {
        try (Connection admin = TestDatabases.server().getPostgresDatabase().getConnection()) {
            return strings(admin, "SELECT datname::text FROM pg_database WHERE datname LIKE '"
                    + TemporaryDatabaseShadow.NAME_PREFIX.replace("_", "\\_") + "%' ORDER BY 1");
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
