-- SECURITY DEFINER functions and procedures (not of extensions) that one of the given roles ('public':
-- every role) may execute; a routine without an ACL has the default one, EXECUTE for PUBLIC.
select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as name,
       case p.prokind when 'p' then 'procedure' else 'function' end as kind,
       string_agg(distinct case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee)::text end, ', ') as roles,
       p.proacl is null as default_acl
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
where p.prosecdef and a.privilege_type = 'EXECUTE'
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and (case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee)::text end) = any(?::text[])
  and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
group by p.oid, n.nspname, p.proname, p.prokind
order by 1
