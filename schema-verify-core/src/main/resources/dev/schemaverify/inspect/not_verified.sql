-- Everything in the selected schemas (and the database-wide objects) that the model does not cover,
-- so a report can say what a check does not see. ?1 is the schema list, used once by each branch.
-- Extension members (pg_depend deptype 'e') belong to their extension and are left out, and so are the
-- rules, triggers, indexes and constraints of a relation an extension owns (PostGIS's geometry_columns).
WITH selected AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY (?::text[])),
     ext_members AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e'),
     ext_relations AS (SELECT objid AS oid FROM ext_members WHERE classid = 'pg_class'::regclass)
SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type' WHEN 'c' THEN 'composite type'
                      ELSE 'type' END AS kind,
       ARRAY[s.nspname::text, t.typname::text] AS parts, NULL AS suffix
FROM pg_type t JOIN selected s ON s.oid = t.typnamespace
WHERE (t.typtype IN ('d', 'r')
       OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
       OR (t.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)))
  AND NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid)
UNION ALL
SELECT 'foreign table', ARRAY[s.nspname::text, c.relname::text], NULL
FROM pg_class c JOIN selected s ON s.oid = c.relnamespace
WHERE c.relkind = 'f'
  AND NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid)
UNION ALL
-- A column a partition or child only inherits is the parent's; a default or NOT NULL of its own is not
-- modelled, so it is listed rather than passed over.
SELECT 'inherited column setting', ARRAY[s.nspname::text, c.relname::text, a.attname::text], NULL
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN selected s ON s.oid = c.relnamespace
JOIN pg_inherits h ON h.inhrelid = c.oid
JOIN pg_attribute pa ON pa.attrelid = h.inhparent AND pa.attname = a.attname AND NOT pa.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount > 0
  AND h.inhseqno = 1
  AND (a.attnotnull <> pa.attnotnull
       OR pg_get_expr(ad.adbin, ad.adrelid) IS DISTINCT FROM pg_get_expr(pd.adbin, pd.adrelid))
UNION ALL
SELECT 'rule', ARRAY[s.nspname::text, c.relname::text, r.rulename::text], NULL
FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN selected s ON s.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
  AND NOT EXISTS (SELECT 1 FROM ext_relations e WHERE e.oid = c.oid)
  AND NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid)
UNION ALL
SELECT CASE c.relkind WHEN 'v' THEN 'trigger on view' WHEN 'm' THEN 'trigger on materialized view'
                      ELSE 'trigger on foreign table' END,
       ARRAY[s.nspname::text, c.relname::text, t.tgname::text], NULL
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN selected s ON s.oid = c.relnamespace
WHERE NOT t.tgisinternal AND c.relkind IN ('v', 'm', 'f')
  AND NOT EXISTS (SELECT 1 FROM ext_relations e WHERE e.oid = c.oid)
UNION ALL
SELECT 'view option', ARRAY[s.nspname::text, c.relname::text], ' (' || o || ')'
FROM pg_class c JOIN selected s ON s.oid = c.relnamespace, unnest(c.reloptions) AS o
WHERE c.relkind = 'v' AND o NOT LIKE 'check_option=%'
  AND NOT EXISTS (SELECT 1 FROM ext_relations e WHERE e.oid = c.oid)
UNION ALL
SELECT 'toast storage parameter', ARRAY[s.nspname::text, c.relname::text], ' (toast.' || o || ')'
FROM pg_class c JOIN selected s ON s.oid = c.relnamespace JOIN pg_class t ON t.oid = c.reltoastrelid,
     unnest(t.reloptions) AS o
WHERE c.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM ext_relations e WHERE e.oid = c.oid)
UNION ALL
SELECT 'exclusion constraint', ARRAY[s.nspname::text, c.relname::text, con.conname::text], NULL
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN selected s ON s.oid = c.relnamespace
WHERE con.contype = 'x' AND con.coninhcount = 0
  AND NOT EXISTS (SELECT 1 FROM ext_relations e WHERE e.oid = c.oid)
UNION ALL
-- PostgreSQL 18 keeps NOT NULL as constraints (type 'n') that may be NOT VALID: the column then reads as not
-- nullable, yet rows from before may hold nulls, so the model's nullability does not tell the whole story.
SELECT 'not valid not-null constraint', ARRAY[s.nspname::text, c.relname::text, con.conname::text], NULL
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN selected s ON s.oid = c.relnamespace
WHERE con.contype = 'n' AND NOT con.convalidated
  AND NOT EXISTS (SELECT 1 FROM ext_relations e WHERE e.oid = c.oid)
UNION ALL
SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window function' END,
       ARRAY[s.nspname::text, p.proname::text], '(' || pg_get_function_identity_arguments(p.oid) || ')'
FROM pg_proc p JOIN selected s ON s.oid = p.pronamespace
WHERE p.prokind IN ('a', 'w')
  AND NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid)
UNION ALL
SELECT 'operator', ARRAY[s.nspname::text, o.oprname::text],
       '(' || coalesce(format_type(o.oprleft, NULL), 'NONE') || ', ' || coalesce(format_type(o.oprright, NULL), 'NONE') || ')'
FROM pg_operator o JOIN selected s ON s.oid = o.oprnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_operator'::regclass AND d.objid = o.oid)
UNION ALL
SELECT 'operator class', ARRAY[s.nspname::text, o.opcname::text], NULL
FROM pg_opclass o JOIN selected s ON s.oid = o.opcnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_opclass'::regclass AND d.objid = o.oid)
UNION ALL
SELECT 'operator family', ARRAY[s.nspname::text, o.opfname::text], NULL
FROM pg_opfamily o JOIN selected s ON s.oid = o.opfnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_opfamily'::regclass AND d.objid = o.oid)
UNION ALL
SELECT 'collation', ARRAY[s.nspname::text, o.collname::text], NULL
FROM pg_collation o JOIN selected s ON s.oid = o.collnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_collation'::regclass AND d.objid = o.oid)
UNION ALL
SELECT 'statistics', ARRAY[s.nspname::text, o.stxname::text], NULL
FROM pg_statistic_ext o JOIN selected s ON s.oid = o.stxnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext_relations e WHERE e.oid = o.stxrelid)
  AND NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_statistic_ext'::regclass AND d.objid = o.oid)
UNION ALL
SELECT 'text search configuration', ARRAY[s.nspname::text, o.cfgname::text], NULL
FROM pg_ts_config o JOIN selected s ON s.oid = o.cfgnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_ts_config'::regclass AND d.objid = o.oid)
UNION ALL
SELECT 'text search dictionary', ARRAY[s.nspname::text, o.dictname::text], NULL
FROM pg_ts_dict o JOIN selected s ON s.oid = o.dictnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_ts_dict'::regclass AND d.objid = o.oid)
UNION ALL
SELECT 'conversion', ARRAY[s.nspname::text, o.conname::text], NULL
FROM pg_conversion o JOIN selected s ON s.oid = o.connamespace
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_conversion'::regclass AND d.objid = o.oid)
UNION ALL
SELECT 'event trigger', ARRAY[e.evtname::text], NULL
FROM pg_event_trigger e
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_event_trigger'::regclass AND d.objid = e.oid)
UNION ALL
SELECT 'default privileges for all schemas', ARRAY[pg_get_userbyid(d.defaclrole)::text],
       ' on ' || CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                                      WHEN 'T' THEN 'types' ELSE 'schemas' END
FROM pg_default_acl d
WHERE d.defaclnamespace = 0
UNION ALL
SELECT 'constraint trigger referencing another table', ARRAY[s.nspname::text, c.relname::text, t.tgname::text], NULL
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN selected s ON s.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgconstrrelid <> 0 AND c.relkind IN ('r', 'p')
UNION ALL
SELECT 'publication', ARRAY[p.pubname::text], NULL
FROM pg_publication p
UNION ALL
SELECT 'foreign server', ARRAY[f.srvname::text], NULL
FROM pg_foreign_server f
WHERE NOT EXISTS (SELECT 1 FROM ext_members d WHERE d.classid = 'pg_foreign_server'::regclass AND d.objid = f.oid)
ORDER BY 1, 2, 3
