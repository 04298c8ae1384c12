-- Tables without row-level security on which one of the given roles ('public' is every role) holds a
-- privilege to read or write rows.
select n.nspname || '.' || c.relname as name,
       string_agg(distinct case when a.grantee = 0 then 'public' else r.rolname end, ', ') as roles,
       string_agg(distinct a.privilege_type, ', ') as privileges
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
cross join lateral aclexplode(c.relacl) a
left join pg_roles r on r.oid = a.grantee
where c.relkind in ('r', 'p') and not c.relrowsecurity and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and a.privilege_type in ('SELECT', 'INSERT', 'UPDATE', 'DELETE')
  and (case when a.grantee = 0 then 'public' else r.rolname end) = any(?::text[])
group by n.nspname, c.relname
order by 1
