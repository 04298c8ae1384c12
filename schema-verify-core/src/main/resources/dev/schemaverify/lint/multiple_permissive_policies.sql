-- Tables with more than one permissive policy for the same role and command; a policy FOR ALL counts
-- for each of SELECT, INSERT, UPDATE and DELETE, a policy for PUBLIC under 'public'.
select n.nspname || '.' || c.relname as table_name,
       case when r = 0 then 'public' else pg_get_userbyid(r)::text end as role,
       cmd as command,
       string_agg(p.polname, ', ' order by p.polname) as policies
from pg_policy p
join pg_class c on c.oid = p.polrelid
join pg_namespace n on n.oid = c.relnamespace
cross join lateral unnest(p.polroles) r
cross join lateral unnest(case p.polcmd when 'r' then array['SELECT'] when 'a' then array['INSERT']
        when 'w' then array['UPDATE'] when 'd' then array['DELETE']
        else array['SELECT', 'INSERT', 'UPDATE', 'DELETE'] end) cmd
where p.polpermissive
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
group by n.nspname, c.relname, r, cmd
having count(*) > 1
order by 1, 2, array_position(array['SELECT', 'INSERT', 'UPDATE', 'DELETE'], cmd)
