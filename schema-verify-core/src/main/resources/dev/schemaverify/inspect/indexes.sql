-- Indexes that back no constraint (primary key, unique and exclusion indexes are checked as constraints),
-- and are not a partition's part of its parent's partitioned index (pg_inherits holds those).
-- A key is deparsed per column, followed by a non-default operator class and ordering.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       ic.relname AS name,
       i.indisunique AS is_unique,
       am.amname AS method,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k.ord, true)
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
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('r', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                  WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
ORDER BY n.nspname, c.relname, ic.relname
