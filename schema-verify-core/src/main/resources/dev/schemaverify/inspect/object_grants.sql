-- Privileges on sequences, routines and schemas per grantee, the owner's own left out. An ACL never set
-- stands for the built-in default (acldefault): for a routine that is EXECUTE for PUBLIC, which is what a
-- role calling it through RLS gets unless someone revoked it. kind: S sequence, f routine, n schema.
WITH acl AS (
    SELECT 'S' AS kind, n.nspname AS schema, c.relname AS name, NULL::text AS arguments, a.grantee,
           a.privilege_type::text AS privilege, a.is_grantable
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('s', c.relowner))) AS a
    WHERE n.nspname = ANY (?::text[]) AND c.relkind = 'S' AND a.grantee <> c.relowner
    UNION ALL
    SELECT 'f', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), a.grantee,
           a.privilege_type::text, a.is_grantable
    FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) AS a
    WHERE n.nspname = ANY (?::text[]) AND p.prokind IN ('f', 'p') AND a.grantee <> p.proowner
    UNION ALL
    SELECT 'n', n.nspname, n.nspname, NULL, a.grantee, a.privilege_type::text, a.is_grantable
    FROM pg_namespace n
    CROSS JOIN LATERAL aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) AS a
    WHERE n.nspname = ANY (?::text[]) AND a.grantee <> n.nspowner
)
SELECT kind, schema, name, arguments,
       CASE WHEN grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(grantee)::text END AS grantee,
       array_agg(DISTINCT privilege ORDER BY privilege) AS privileges,
       coalesce(array_agg(DISTINCT privilege ORDER BY privilege) FILTER (WHERE is_grantable), '{}') AS grantable
FROM acl
GROUP BY kind, schema, name, arguments, grantee
ORDER BY kind, schema, name, arguments, 5
