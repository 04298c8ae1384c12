-- Extensions are database-wide: every one except plpgsql, which every database has.
-- The comment the extension's script sets (its control file's) counts as none, as a new database's public
-- schema comment does: only a comment someone changed is one.
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version,
       CASE WHEN ds.description IS NOT DISTINCT FROM ae.comment THEN NULL ELSE ds.description END AS comment
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_description ds ON ds.objoid = e.oid AND ds.classoid = 'pg_extension'::regclass AND ds.objsubid = 0
LEFT JOIN pg_available_extensions ae ON ae.name = e.extname
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname
