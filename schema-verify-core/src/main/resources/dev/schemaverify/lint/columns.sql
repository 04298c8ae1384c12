-- The live columns of the given tables (all user tables when the array is null): number, name, type as
-- PostgreSQL formats it, NOT NULL and whether a default, identity or generation fills it.
select a.attrelid::bigint as oid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) as type,
       a.attnotnull, (a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') as filled
from pg_attribute a
join pg_class c on c.oid = a.attrelid
join pg_namespace n on n.oid = c.relnamespace
where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and (?::bigint[] is null or a.attrelid = any(?::bigint[]))
order by a.attrelid, a.attnum
