-- The extensions the pending migrations create (parameter 1) and whether the server can install them:
-- a name missing from pg_available_extensions has no control file on the server.
SELECT wanted.name AS extension_name,
       e.name IS NOT NULL AS available,
       e.default_version,
       e.installed_version
FROM unnest(?::text[]) AS wanted(name)
LEFT JOIN pg_available_extensions e ON e.name = wanted.name
ORDER BY wanted.name
