-- Sessions that hold a granted lock on one of the tables the pending migrations lock (parameter 1: the
-- tables as quoted names, resolved like the migration resolves them) and would make its statements wait:
-- idle in a transaction (the lock is held until the client ends it), or in a transaction older than
-- parameter 2 seconds. One row per session and table, with its strongest lock mode first.
SELECT DISTINCT ON (a.pid, n.nspname, c.relname)
       a.pid,
       coalesce(nullif(a.application_name, ''), '(no application name)') AS application,
       coalesce(a.usename, '') AS login,
       coalesce(a.state, '') AS state,
       a.xact_start,
       a.state_change,
       floor(extract(epoch FROM clock_timestamp() - a.xact_start))::bigint AS transaction_seconds,
       n.nspname AS schema_name,
       c.relname AS table_name,
       l.mode
FROM unnest(?::text[]) AS wanted(name)
JOIN pg_class c ON c.oid = to_regclass(wanted.name)
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_locks l ON l.locktype = 'relation' AND l.relation = c.oid AND l.granted
    AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE a.pid <> pg_backend_pid()
  AND a.xact_start IS NOT NULL
  AND (a.state LIKE 'idle in transaction%'
       OR clock_timestamp() - a.xact_start >= make_interval(secs => ?))
ORDER BY a.pid, n.nspname, c.relname,
         array_position(ARRAY['AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock',
             'ShareUpdateExclusiveLock', 'RowExclusiveLock', 'RowShareLock', 'AccessShareLock'], l.mode::text)
