SELECT n.nspname AS schema,
       t.typname AS name,
       array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = ANY (?::text[])
  AND t.typtype = 'e'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
GROUP BY n.nspname, t.typname
ORDER BY n.nspname, t.typname
