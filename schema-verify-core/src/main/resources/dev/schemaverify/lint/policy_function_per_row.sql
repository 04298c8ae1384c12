-- Policies whose stored expressions (pg_node_tree) call a STABLE function, with those functions; the
-- rule reads the trees to find the calls that take no column and are not inside a sub-select.
with calls as (
    select distinct p.oid as policy_oid, m[1]::oid as function_oid
    from pg_policy p
    cross join lateral regexp_matches(coalesce(p.polqual::text, '') || ' ' || coalesce(p.polwithcheck::text, ''),
                                      ':funcid (\d+)', 'g') m
)
select n.nspname || '.' || c.relname as table_name, p.polname as policy,
       p.polqual::text as qual, p.polwithcheck::text as with_check,
       array_agg(f.oid::bigint order by f.oid) as functions,
       array_agg(case when fn.nspname = 'pg_catalog' then '' else fn.nspname || '.' end || f.proname
                 || case when f.pronargs = 0 then '()' else '(...)' end order by f.oid) as names
from pg_policy p
join pg_class c on c.oid = p.polrelid
join pg_namespace n on n.oid = c.relnamespace
join calls on calls.policy_oid = p.oid
join pg_proc f on f.oid = calls.function_oid and f.provolatile = 's'
join pg_namespace fn on fn.oid = f.pronamespace
where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
group by p.oid, n.nspname, c.relname, p.polname, p.polqual, p.polwithcheck
order by 1, 2
