-- Tables with row-level security policies while row-level security is disabled.
select n.nspname || '.' || c.relname as name, count(p.oid) as policies
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join pg_policy p on p.polrelid = c.oid
where c.relkind in ('r', 'p') and not c.relrowsecurity and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
group by n.nspname, c.relname
order by 1
