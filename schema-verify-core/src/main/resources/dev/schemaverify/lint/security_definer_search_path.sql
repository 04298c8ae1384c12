-- SECURITY DEFINER functions and procedures whose configuration does not pin search_path.
select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as name,
       case p.prokind when 'p' then 'procedure' else 'function' end as kind
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
where p.prosecdef and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and not exists (select 1 from unnest(coalesce(p.proconfig, '{}'::text[])) s where s like 'search\_path=%')
  and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
order by 1
