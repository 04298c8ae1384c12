SELECT n.nspname AS schema,
       t.typname AS name,
       array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels,
       pg_get_userbyid(t.typowner) AS owner,
       ds.description AS comment
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_enum e ON e.enumtypid = t.oid
LEFT JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_type'::regclass AND ds.objsubid = 0
WHERE n.nspname = ANY (?::text[])
  AND t.typtype = 'e'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
GROUP BY n.nspname, t.typname, t.typowner, ds.description
ORDER BY n.nspname, t.typname
