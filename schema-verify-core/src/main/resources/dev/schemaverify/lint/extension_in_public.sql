-- Extensions installed in the public schema.
select e.extname as name
from pg_extension e
join pg_namespace n on n.oid = e.extnamespace
where n.nspname = 'public'
order by 1
