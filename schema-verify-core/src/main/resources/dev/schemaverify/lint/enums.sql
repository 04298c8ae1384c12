-- Every enum type of the user's schemas with its labels in order.
select n.nspname || '.' || t.typname as name, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
join pg_enum e on e.enumtypid = t.oid
where n.nspname not in ('pg_catalog', 'information_schema')
group by n.nspname, t.typname
order by 1
