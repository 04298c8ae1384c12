-- The relations on the live target that lint's findings name, in one query: for a table, the planner's
-- row estimate (pg_class.reltuples, -1 when it was never vacuumed or analyzed) and the bytes of the table
-- with its indexes and TOAST (pg_total_relation_size); other relations only say that they exist.
-- $1 holds schema.name pairs as text.
select n.nspname || '.' || c.relname as name, c.relkind in ('r', 'p', 'm') as is_table,
       c.reltuples::float8 as reltuples,
       case when c.relkind in ('r', 'p', 'm') then pg_total_relation_size(c.oid) else 0 end as bytes
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where n.nspname || '.' || c.relname = any (?::text[])
order by 1
