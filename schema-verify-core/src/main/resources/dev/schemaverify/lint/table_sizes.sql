-- The size on the live target of the tables lint's findings name, in one query: the planner's row
-- estimate (pg_class.reltuples, -1 when the table was never vacuumed or analyzed) and the bytes of the
-- table with its indexes and TOAST (pg_total_relation_size). $1 holds schema.name pairs as text.
select n.nspname || '.' || c.relname as name, c.reltuples::float8 as reltuples,
       pg_total_relation_size(c.oid) as bytes
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm')
  and n.nspname || '.' || c.relname = any (?::text[])
order by 1
