-- Tables (not partitions: their parent is reported) with one of the given tenant columns but without
-- row-level security.
select n.nspname || '.' || c.relname as name, string_agg(a.attname, ', ' order by a.attnum) as columns
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attname = any(?::text[])
where c.relkind in ('r', 'p') and not c.relispartition and not c.relrowsecurity
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
group by n.nspname, c.relname
order by 1
