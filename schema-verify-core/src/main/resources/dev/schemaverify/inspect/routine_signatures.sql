-- Argument types beside identity arguments, for the routines of the given schemas: a contract may name an
-- overload by its types alone (touch(uuid)) where the database says touch(p_id uuid).
SELECT n.nspname::text AS schema_name,
       p.proname::text AS routine_name,
       pg_catalog.oidvectortypes(p.proargtypes) AS argument_types,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_arguments
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY(?)
ORDER BY 1, 2, 3
