-- Permissive policies for INSERT, UPDATE, DELETE or ALL that apply to one of the given roles ('public'
-- is a policy for every role) and whose USING or WITH CHECK expression PostgreSQL deparses as true.
select n.nspname || '.' || c.relname as table_name, p.polname as policy,
       case p.polcmd when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE' else 'ALL' end as command,
       (select string_agg(case when r = 0 then 'public' else pg_get_userbyid(r)::text end, ', ' order by 1)
          from unnest(p.polroles) r) as roles,
       concat_ws(' and ', case when pg_get_expr(p.polqual, p.polrelid) = 'true' then 'USING (true)' end,
                 case when pg_get_expr(p.polwithcheck, p.polrelid) = 'true' then 'WITH CHECK (true)' end) as expressions
from pg_policy p
join pg_class c on c.oid = p.polrelid
join pg_namespace n on n.oid = c.relnamespace
where p.polpermissive and p.polcmd in ('a', 'w', 'd', '*')
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and (pg_get_expr(p.polqual, p.polrelid) = 'true' or pg_get_expr(p.polwithcheck, p.polrelid) = 'true')
  and exists (select 1 from unnest(p.polroles) r
              where (case when r = 0 then 'public' else pg_get_userbyid(r)::text end) = any(?::text[]))
order by 1, 2
