-- The relation locks this backend holds now (they accumulate until the transaction ends, so the caller
-- takes the difference to the previous statement), each with the relation's current name, storage file
-- and the sequential scans this transaction made of it. A dropped relation keeps its lock row but has no
-- pg_class row any more.
select l.relation::bigint as oid, l.mode, c.relkind::text as relkind, n.nspname, c.relname,
       c.relfilenode::bigint as relfilenode, coalesce(i.indrelid, 0)::bigint as indrelid,
       coalesce(s.seq_scan, 0) as seq_scan, current_setting('lock_timeout') as lock_timeout
from pg_locks l
left join pg_class c on c.oid = l.relation
left join pg_namespace n on n.oid = c.relnamespace
left join pg_index i on i.indexrelid = l.relation
left join pg_stat_xact_user_tables s on s.relid = l.relation
where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted
  and l.database = (select oid from pg_database where datname = current_database())
  and l.relation >= 16384
order by l.relation, l.mode
