-- What a database already holds before schema-verify's history exists: the objects of the schemas on
-- the search path (not those an extension owns), and any Flyway history table, in one query.
-- Parameter 1: the qualified name of schema-verify's history table, left out of the count.
WITH objects AS (
    SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
               WHEN 'f' THEN 'foreign table' ELSE 'table' END || ' ' || n.nspname || '.' || c.relname AS name
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND n.nspname = ANY (current_schemas(false))
      AND c.oid IS DISTINCT FROM to_regclass(?)
      AND c.relname <> 'flyway_schema_history'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                      AND d.deptype IN ('e', 'a', 'i'))
    UNION ALL
    SELECT 'type ' || n.nspname || '.' || t.typname
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype IN ('e', 'd', 'r') AND n.nspname = ANY (current_schemas(false))
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                      AND d.deptype = 'e')
    UNION ALL
    SELECT 'function ' || n.nspname || '.' || p.proname
    FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = ANY (current_schemas(false))
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                      AND d.deptype = 'e')
)
SELECT (SELECT count(*) FROM objects) AS objects,
       (SELECT string_agg(name, ', ' ORDER BY name) FROM (SELECT name FROM objects ORDER BY name LIMIT 3) e) AS examples,
       (SELECT string_agg(n.nspname || '.' || c.relname, ', ' ORDER BY n.nspname)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'flyway_schema_history' AND c.relkind IN ('r', 'p')) AS flyway_tables
