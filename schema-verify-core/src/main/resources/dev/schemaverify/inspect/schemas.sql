-- The schemas an inspection reads: ?1 include (empty = all), ?2 exclude. System schemas never count.
SELECT n.nspname AS name,
       pg_get_userbyid(n.nspowner) AS owner
FROM pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_)'
  AND (cardinality(?::text[]) = 0 OR n.nspname = ANY (?::text[]))
  AND NOT n.nspname = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY n.nspname
