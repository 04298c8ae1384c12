-- Tables (not partitions) with row-level security, not forced, owned by one of the given roles.
select n.nspname || '.' || c.relname as name, pg_get_userbyid(c.relowner)::text as owner
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p') and not c.relispartition and c.relrowsecurity and not c.relforcerowsecurity
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and pg_get_userbyid(c.relowner)::text = any(?::text[])
order by 1
