-- Table privileges per grantee; the owner's own privileges are implicit and left out.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(acl.grantee)::text END AS grantee,
       array_agg(DISTINCT acl.privilege_type::text ORDER BY acl.privilege_type::text) AS privileges
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(c.relacl) AS acl
WHERE n.nspname = ANY (?::text[])
  AND c.relkind IN ('r', 'p')
  AND acl.grantee <> c.relowner
GROUP BY n.nspname, c.relname, acl.grantee
ORDER BY n.nspname, c.relname, 3
