-- Views and materialized views; a view's check option is kept in its reloptions, a materialized view's
-- storage parameters too.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind = 'm' AS materialized,
       pg_get_viewdef(c.oid, true) AS definition,
       (SELECT upper(substr(o, length('check_option=') + 1)) FROM unnest(c.reloptions) AS o
        WHERE o LIKE 'check_option=%') AS check_option,
       CASE WHEN c.relkind = 'm' THEN coalesce(c.reloptions, '{}')::text[] END AS storage,
       pg_get_userbyid(c.relowner) AS owner,
       ds.description AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('v', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
