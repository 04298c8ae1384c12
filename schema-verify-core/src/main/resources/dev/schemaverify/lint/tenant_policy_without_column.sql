-- Tables with row-level security, one of the given tenant columns and policies, none of whose
-- expressions uses a tenant column: PostgreSQL records a policy's column references in pg_depend.
select n.nspname || '.' || c.relname as name,
       (select string_agg(a.attname, ', ' order by a.attnum) from pg_attribute a
         where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attname = any(?::text[])) as columns,
       (select string_agg(p.polname, ', ' order by p.polname) from pg_policy p where p.polrelid = c.oid) as policies
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p') and not c.relispartition and c.relrowsecurity
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and exists (select 1 from pg_policy p where p.polrelid = c.oid)
  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
               and a.attname = any(?::text[]))
  and not exists (
      select 1 from pg_policy p
      join pg_depend d on d.classid = 'pg_policy'::regclass and d.objid = p.oid
                      and d.refclassid = 'pg_class'::regclass and d.refobjid = c.oid
      join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid and a.attname = any(?::text[])
      where p.polrelid = c.oid)
order by 1
