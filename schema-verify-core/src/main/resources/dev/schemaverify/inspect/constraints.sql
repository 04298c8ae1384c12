-- Primary key, unique, foreign key and check constraints; columns in constraint order. Only a table's own:
-- a constraint it inherits (coninhcount > 0: a parent's check, also when the child declared it too, a
-- partition's copy of its parent's key or foreign key; conparentid set: the copies PostgreSQL makes of a
-- foreign key to a partitioned table, one per partition) is the parent's.
-- confdelsetcols (ON DELETE SET NULL (columns)) exists since PostgreSQL 15: read through to_jsonb, which
-- gives NULL on 14 instead of failing. The comment comes from the same pass (pg_description joined once).
SELECT n.nspname AS schema,
       c.relname AS table_name,
       con.conname AS name,
       con.contype AS type,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.ord) AS columns,
       fn.nspname AS referenced_schema,
       fc.relname AS referenced_table,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.ord) AS referenced_columns,
       CASE con.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                            WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS on_delete,
       CASE con.confupdtype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                            WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS on_update,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END AS expression,
       con.convalidated AS valid,
       con.connoinherit AS no_inherit,
       CASE WHEN con.contype = 'f' THEN
            ARRAY(SELECT a.attname::text
                  FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(to_jsonb(con) -> 'confdelsetcols') = 'array'
                                                      THEN to_jsonb(con) -> 'confdelsetcols' ELSE '[]' END)
                       WITH ORDINALITY AS k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum::int2
                  ORDER BY k.ord)
       END AS on_delete_columns,
       ds.description AS comment
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = con.oid AND ds.classoid = 'pg_constraint'::regclass AND ds.objsubid = 0
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('r', 'p')
  AND con.contype IN ('p', 'u', 'f', 'c')
  AND con.coninhcount = 0
  AND con.conparentid = 0
ORDER BY n.nspname, c.relname, con.conname
