-- Ordinary tables, partitioned tables and partitions, with the partition key (pg_get_partkeydef), the
-- partition's parent and bound (pg_get_expr of relpartbound) and the parents of INHERITS, in order. A bound
-- holds constants only, so it is deparsed without its relation (relid 0): opening every partition to
-- deparse it made this query six times slower on 2,000 partitions.
-- Storage parameters are reloptions as PostgreSQL keeps them (empty for none).
-- The owner and the comment come from the same pass (pg_description joined once, not obj_description per row).
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relrowsecurity AS rls_enabled,
       c.relforcerowsecurity AS rls_forced,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_by,
       pn.nspname AS partition_of_schema,
       pc.relname AS partition_of_name,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, 0) END AS partition_bound,
       ARRAY(SELECT quote_ident(hn.nspname) || '.' || quote_ident(hc.relname)
             FROM pg_inherits h JOIN pg_class hc ON hc.oid = h.inhparent
             JOIN pg_namespace hn ON hn.oid = hc.relnamespace
             WHERE h.inhrelid = c.oid AND NOT c.relispartition
             ORDER BY h.inhseqno) AS inherits,
       c.relpersistence = 'u' AS unlogged,
       coalesce(c.reloptions, '{}')::text[] AS storage,
       CASE c.relreplident WHEN 'd' THEN 'DEFAULT' WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING'
                           WHEN 'i' THEN (SELECT 'INDEX ' || quote_ident(ic.relname)
                                          FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                                          WHERE i.indrelid = c.oid AND i.indisreplident)
       END AS replica_identity,
       pg_get_userbyid(c.relowner) AS owner,
       ds.description AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
LEFT JOIN pg_inherits pi ON c.relispartition AND pi.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = pi.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('r', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
