-- Every column, inherited ones too: a column a table inherits (attinhcount > 0, whether or not the child
-- also declared it) is the parent's, so the inspector leaves it out; the contract normalizer needs it to
-- deparse the child's parts.
-- A collation is named only where it differs from the type's default; identity columns carry the
-- options of the sequence that belongs to them.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default_value,
       CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END AS identity,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
       a.attinhcount = 0 AS is_local,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
                 CASE WHEN con.nspname = 'pg_catalog' THEN quote_ident(co.collname)
                      ELSE quote_ident(con.nspname) || '.' || quote_ident(co.collname) END
       END AS collation,
       s.seqstart AS identity_start,
       s.seqincrement AS identity_increment,
       s.seqmin AS identity_min,
       s.seqmax AS identity_max,
       s.seqcache AS identity_cache,
       s.seqcycle AS identity_cycle,
       (SELECT sc.relname FROM pg_class sc WHERE sc.oid = s.seqrelid) AS identity_sequence,
       ds.description AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
LEFT JOIN pg_depend idd ON a.attidentity <> '' AND idd.classid = 'pg_class'::regclass
                       AND idd.refclassid = 'pg_class'::regclass AND idd.refobjid = c.oid
                       AND idd.refobjsubid = a.attnum AND idd.deptype = 'i'
LEFT JOIN pg_sequence s ON s.seqrelid = idd.objid
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('r', 'p')
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY n.nspname, c.relname, a.attnum
