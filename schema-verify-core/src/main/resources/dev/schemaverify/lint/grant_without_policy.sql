-- Privileges on tables with row-level security and at least one policy, granted to one of the given
-- roles ('public' is a grant to every role), for which no permissive policy of that command (or ALL)
-- applies to the grantee: a policy for PUBLIC, or for a role the grantee is a member of.
with grants as (
    select c.oid as relid, n.nspname || '.' || c.relname as table_name, a.grantee, a.privilege_type,
           case a.privilege_type when 'SELECT' then 'r' when 'INSERT' then 'a' when 'UPDATE' then 'w' else 'd' end as cmd
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    cross join lateral aclexplode(c.relacl) a
    where c.relkind in ('r', 'p') and c.relrowsecurity and a.grantee <> c.relowner
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
      and a.privilege_type in ('SELECT', 'INSERT', 'UPDATE', 'DELETE')
      and (case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee)::text end) = any(?::text[])
      and exists (select 1 from pg_policy p where p.polrelid = c.oid)
)
select g.table_name, case when g.grantee = 0 then 'public' else pg_get_userbyid(g.grantee)::text end as role,
       string_agg(g.privilege_type, ', '
           order by array_position(array['SELECT', 'INSERT', 'UPDATE', 'DELETE'], g.privilege_type::text)) as privileges
from grants g
where not exists (
    select 1 from pg_policy p
    where p.polrelid = g.relid and p.polpermissive and p.polcmd in ('*', g.cmd::"char")
      and (g.grantee = 0 or 0 = any(p.polroles)
           or exists (select 1 from unnest(p.polroles) r where pg_has_role(g.grantee, r, 'MEMBER'))))
group by g.table_name, g.grantee
order by 1, 2
