-- Every relation of the user's schemas: what existed before a migration, and its storage file, so a
-- statement that rewrites it (a new relfilenode), drops or renames it can be told afterwards. Read
-- inside the migration's transaction, it also gives the baseline of the scans this backend has counted
-- and not yet reported (see scan_baseline.sql).
select c.oid::bigint as oid, c.relkind::text as relkind, n.nspname, c.relname, c.relfilenode::bigint as relfilenode,
       coalesce(i.indrelid, 0)::bigint as indrelid, pg_stat_get_xact_numscans(c.oid) as seq_scan
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_index i on i.indexrelid = c.oid
where c.relkind in ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
order by c.oid
