-- For each schema migrate writes into (parameter 1): whether it exists, and whether the login may create
-- objects in it (or, where it does not exist yet, create it in the database).
SELECT wanted.name AS schema_name,
       n.oid IS NOT NULL AS present,
       CASE WHEN n.oid IS NULL THEN has_database_privilege(current_database(), 'CREATE')
            ELSE has_schema_privilege(n.oid, 'CREATE') END AS can_create,
       n.oid IS NULL OR has_schema_privilege(n.oid, 'USAGE') AS can_use
FROM unnest(?::text[]) AS wanted(name)
LEFT JOIN pg_namespace n ON n.nspname = wanted.name
ORDER BY wanted.name
