-- The relation locks this backend holds now (they accumulate until the transaction ends, so the caller
-- takes the difference to the previous statement), each with the relation's current name, storage file
-- and the scans this backend counted for it (what pg_stat_xact_user_tables.seq_scan shows; the
-- function is called for the locked relations only, the view would compute every table). A dropped relation keeps its lock row but has no
-- pg_class row any more. A table held under ACCESS EXCLUSIVE comes with its columns (number, name,
-- formatted type, NOT NULL, filled by a default, identity or generation), so an ALTER TABLE's effect
-- on them is seen without another query.
select l.relation::bigint as oid, l.mode, c.relkind::text as relkind, n.nspname, c.relname,
       c.relfilenode::bigint as relfilenode, coalesce(i.indrelid, 0)::bigint as indrelid,
       coalesce(pg_stat_get_xact_numscans(l.relation), 0) as seq_scan, current_setting('lock_timeout') as lock_timeout,
       cols.numbers, cols.names, cols.types, cols.not_nulls, cols.filled
from pg_locks l
left join pg_class c on c.oid = l.relation
left join pg_namespace n on n.oid = c.relnamespace
left join pg_index i on i.indexrelid = l.relation
left join lateral (
    select array_agg(a.attnum::int order by a.attnum) as numbers, array_agg(a.attname::text order by a.attnum) as names,
           array_agg(format_type(a.atttypid, a.atttypmod) order by a.attnum) as types,
           array_agg(a.attnotnull order by a.attnum) as not_nulls,
           array_agg((a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') order by a.attnum) as filled
    from pg_attribute a
    where l.mode = 'AccessExclusiveLock' and c.relkind in ('r', 'p')
      and a.attrelid = l.relation and a.attnum > 0 and not a.attisdropped) cols on true
where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted
  and l.database = (select oid from pg_database where datname = current_database())
  and l.relation >= 16384
order by l.relation, l.mode
