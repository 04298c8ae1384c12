-- Indexes that back no constraint (primary key, unique and exclusion indexes are checked as constraints),
-- and are not a partition's part of its parent's partitioned index (pg_inherits holds those).
-- Tables' and materialized views' indexes (table_kind tells them apart).
-- A key is deparsed per column, followed by a collation other than its column's (for an expression: its
-- type's default), a non-default operator class and ordering, in the order CREATE INDEX takes them.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       ic.relname AS name,
       i.indisunique AS is_unique,
       am.amname AS method,
       c.relkind AS table_kind,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k.ord, true)
                    || CASE WHEN i.indcollation[k.ord - 1] = 0
                              OR i.indcollation[k.ord - 1] = coalesce(
                                     (SELECT ta.attcollation FROM pg_attribute ta
                                      WHERE i.indkey[k.ord - 1] <> 0 AND ta.attrelid = i.indrelid
                                        AND ta.attnum = i.indkey[k.ord - 1]),
                                     (SELECT it.typcollation FROM pg_attribute ia JOIN pg_type it ON it.oid = ia.atttypid
                                      WHERE ia.attrelid = i.indexrelid AND ia.attnum = k.ord)) THEN ''
                            ELSE (SELECT ' COLLATE ' || CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname)
                                                             ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
                                  FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                                  WHERE co.oid = i.indcollation[k.ord - 1])
                       END
                    || CASE WHEN opc.opcdefault THEN ''
                            ELSE ' ' || CASE WHEN opn.nspname = 'pg_catalog' THEN quote_ident(opc.opcname)
                                             ELSE quote_ident(opn.nspname) || '.' || quote_ident(opc.opcname) END
                       END
                    || CASE WHEN am.amname <> 'btree' THEN ''
                            WHEN i.indoption[k.ord - 1] & 1 = 1 AND i.indoption[k.ord - 1] & 2 = 0 THEN ' DESC NULLS LAST'
                            WHEN i.indoption[k.ord - 1] & 1 = 1 THEN ' DESC'
                            WHEN i.indoption[k.ord - 1] & 2 = 2 THEN ' NULLS FIRST'
                            ELSE '' END
             FROM generate_series(1, i.indnkeyatts) AS k(ord)
             JOIN pg_opclass opc ON opc.oid = i.indclass[k.ord - 1]
             JOIN pg_namespace opn ON opn.oid = opc.opcnamespace
             ORDER BY k.ord) AS keys,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k.ord, true)
             FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS k(ord)
             ORDER BY k.ord) AS include,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       ds.description AS comment
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_description ds ON ds.objoid = i.indexrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                  WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
ORDER BY n.nspname, c.relname, ic.relname
