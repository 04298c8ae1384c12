-- Ordinary and partitioned tables; partitions are listed as not verified instead.
-- Storage parameters are reloptions as PostgreSQL keeps them (empty for none).
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relrowsecurity AS rls_enabled,
       c.relforcerowsecurity AS rls_forced,
       c.relpersistence = 'u' AS unlogged,
       coalesce(c.reloptions, '{}')::text[] AS storage,
       CASE c.relreplident WHEN 'd' THEN 'DEFAULT' WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING'
                           WHEN 'i' THEN (SELECT 'INDEX ' || quote_ident(ic.relname)
                                          FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                                          WHERE i.indrelid = c.oid AND i.indisreplident)
       END AS replica_identity
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
