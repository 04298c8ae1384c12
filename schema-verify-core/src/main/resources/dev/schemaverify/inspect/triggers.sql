-- tgtype bits: 1 row, 2 before, 4 insert, 8 delete, 16 update, 32 truncate, 64 instead of.
-- The WHEN clause is cut out of the deparsed definition by the reader; tgargs (each argument ended by a
-- zero byte) is split by the reader too. A partition's clone of its parent's row trigger (tgparentid set)
-- is the parent's.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       t.tgname AS name,
       CASE WHEN t.tgtype & 2 = 2 THEN 'BEFORE' WHEN t.tgtype & 64 = 64 THEN 'INSTEAD OF' ELSE 'AFTER' END AS timing,
       array_remove(ARRAY[CASE WHEN t.tgtype & 4 = 4 THEN 'INSERT' END,
                          CASE WHEN t.tgtype & 16 = 16 THEN 'UPDATE' END,
                          CASE WHEN t.tgtype & 8 = 8 THEN 'DELETE' END,
                          CASE WHEN t.tgtype & 32 = 32 THEN 'TRUNCATE' END], NULL) AS events,
       CASE WHEN t.tgtype & 1 = 1 THEN 'ROW' ELSE 'STATEMENT' END AS level,
       pn.nspname AS function_schema,
       p.proname AS function_name,
       t.tgqual IS NOT NULL AS has_when,
       pg_get_triggerdef(t.oid) AS definition,
       t.tgnargs AS argument_count,
       t.tgargs AS argument_bytes,
       ARRAY(SELECT a.attname::text
             FROM unnest(t.tgattr::int2[]) WITH ORDINALITY AS u(attnum, position)
             JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = u.attnum
             ORDER BY u.position) AS update_columns,
       t.tgconstraint <> 0 AS is_constraint,
       t.tgdeferrable AS deferrable,
       t.tginitdeferred AS initially_deferred,
       ds.description AS comment
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc p ON p.oid = t.tgfoid
JOIN pg_namespace pn ON pn.oid = p.pronamespace
LEFT JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_trigger'::regclass AND ds.objsubid = 0
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('r', 'p')
  AND NOT t.tgisinternal
  AND t.tgparentid = 0
ORDER BY n.nspname, c.relname, t.tgname
