-- Views without security_invoker, and materialized views, that read a table with row-level security
-- (directly or through other views: a view's rewrite rule depends on the relations it reads) and are
-- granted SELECT to one of the given roles ('public': every role). Such a view reads the table with its
-- owner's rights, so the table's policies do not filter what the role sees.
with recursive reads(view_oid, rel_oid) as (
    select rw.ev_class, d.refobjid
    from pg_rewrite rw
    join pg_class v on v.oid = rw.ev_class and v.relkind in ('v', 'm')
    join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = rw.oid
                    and d.refclassid = 'pg_class'::regclass and d.refobjid <> rw.ev_class
    union
    select reads.view_oid, d.refobjid
    from reads
    join pg_rewrite rw on rw.ev_class = reads.rel_oid
    join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = rw.oid
                    and d.refclassid = 'pg_class'::regclass and d.refobjid <> rw.ev_class
)
select n.nspname || '.' || v.relname as name,
       case v.relkind when 'm' then 'materialized view' else 'view' end as kind,
       (select string_agg(tn.nspname || '.' || t.relname, ', ' order by tn.nspname, t.relname)
          from (select distinct rel_oid from reads where view_oid = v.oid) r
          join pg_class t on t.oid = r.rel_oid and t.relkind in ('r', 'p') and t.relrowsecurity
          join pg_namespace tn on tn.oid = t.relnamespace) as tables,
       (select string_agg(distinct case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee)::text end, ', ')
          from aclexplode(v.relacl) a
          where a.privilege_type = 'SELECT'
            and (case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee)::text end) = any(?::text[])) as roles
from pg_class v
join pg_namespace n on n.oid = v.relnamespace
where v.relkind in ('v', 'm')
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and (v.relkind = 'm' or not exists (
        select 1 from unnest(coalesce(v.reloptions, '{}'::text[])) o
        where o like 'security\_invoker=%' and substring(o from '=(.*)$')::boolean))
  and exists (select 1 from reads r join pg_class t on t.oid = r.rel_oid
              where r.view_oid = v.oid and t.relkind in ('r', 'p') and t.relrowsecurity)
  and exists (select 1 from aclexplode(v.relacl) a
              where a.privilege_type = 'SELECT'
                and (case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee)::text end) = any(?::text[]))
order by 1
