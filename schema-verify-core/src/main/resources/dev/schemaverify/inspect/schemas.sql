-- The schemas an inspection reads: ?1 include (empty = all), ?2 exclude. System schemas never count.
SELECT n.nspname AS name,
       pg_get_userbyid(n.nspowner) AS owner,
       -- the comment every new database's public schema has from template1 counts as none
       CASE WHEN n.nspname = 'public' AND ds.description = 'standard public schema' THEN NULL
            ELSE ds.description END AS comment
FROM pg_namespace n
LEFT JOIN pg_description ds ON ds.objoid = n.oid AND ds.classoid = 'pg_namespace'::regclass AND ds.objsubid = 0
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_)'
  AND (cardinality(?::text[]) = 0 OR n.nspname = ANY (?::text[]))
  AND NOT n.nspname = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY n.nspname
