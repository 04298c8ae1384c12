-- ALTER DEFAULT PRIVILEGES ... IN SCHEMA: per schema, role, object kind and grantee. Defaults for all
-- schemas (defaclnamespace = 0) are listed as not verified by not_verified.sql.
SELECT n.nspname AS schema,
       pg_get_userbyid(d.defaclrole)::text AS role,
       CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                            WHEN 'T' THEN 'types' ELSE 'schemas' END AS objects,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END AS grantee,
       array_agg(DISTINCT a.privilege_type::text ORDER BY a.privilege_type::text) AS privileges,
       coalesce(array_agg(DISTINCT a.privilege_type::text ORDER BY a.privilege_type::text) FILTER (WHERE a.is_grantable),
                '{}') AS grantable
FROM pg_default_acl d
JOIN pg_namespace n ON n.oid = d.defaclnamespace
CROSS JOIN LATERAL aclexplode(d.defaclacl) AS a
WHERE n.nspname = ANY (?::text[])
GROUP BY n.nspname, d.defaclrole, d.defaclobjtype, a.grantee
ORDER BY 1, 2, 3, 4
