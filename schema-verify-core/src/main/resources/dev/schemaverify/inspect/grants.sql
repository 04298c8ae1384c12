-- Table and column privileges per grantee; the owner's own privileges are implicit and left out. A column
-- privilege is one entry per column, 'UPDATE (email)', as GRANT and REVOKE write it.
WITH acl AS (
    SELECT c.oid, n.nspname, c.relname, a.grantee, a.privilege_type::text AS privilege, a.is_grantable
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL aclexplode(c.relacl) AS a
    WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND a.grantee <> c.relowner
    UNION ALL
    SELECT c.oid, n.nspname, c.relname, a.grantee, a.privilege_type::text || ' (' || quote_ident(att.attname) || ')',
           a.is_grantable
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute att ON att.attrelid = c.oid AND att.attnum > 0 AND NOT att.attisdropped
    CROSS JOIN LATERAL aclexplode(att.attacl) AS a
    WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND att.attacl IS NOT NULL
      AND a.grantee <> c.relowner
)
SELECT nspname AS schema,
       relname AS table_name,
       CASE WHEN grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(grantee)::text END AS grantee,
       array_agg(DISTINCT privilege ORDER BY privilege) AS privileges,
       coalesce(array_agg(DISTINCT privilege ORDER BY privilege) FILTER (WHERE is_grantable), '{}') AS grantable
FROM acl
GROUP BY nspname, relname, grantee
ORDER BY nspname, relname, 3
