-- Policies naming a role (not PUBLIC) that holds no privilege for the policy's command on its table,
-- directly, through PUBLIC or through a role it is a member of; a policy FOR ALL needs one of
-- SELECT, INSERT, UPDATE and DELETE.
select n.nspname || '.' || c.relname as table_name, p.polname as policy, pg_get_userbyid(r)::text as role,
       case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE'
           else 'ALL' end as command
from pg_policy p
join pg_class c on c.oid = p.polrelid
join pg_namespace n on n.oid = c.relnamespace
cross join lateral unnest(p.polroles) r
where r <> 0 and c.relrowsecurity
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and not case p.polcmd
      when 'r' then has_table_privilege(r, c.oid, 'SELECT')
      when 'a' then has_table_privilege(r, c.oid, 'INSERT')
      when 'w' then has_table_privilege(r, c.oid, 'UPDATE')
      when 'd' then has_table_privilege(r, c.oid, 'DELETE')
      else has_table_privilege(r, c.oid, 'SELECT, INSERT, UPDATE, DELETE') end
order by 1, 2, 3
