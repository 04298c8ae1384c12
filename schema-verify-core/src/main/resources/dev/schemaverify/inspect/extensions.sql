-- Extensions are database-wide: every one except plpgsql, which every database has.
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname
