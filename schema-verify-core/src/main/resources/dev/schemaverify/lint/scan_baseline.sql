-- The sequential scans this backend has counted but not yet reported to the statistics system, read at
-- the start of a transaction: pg_stat_xact_user_tables.seq_scan holds them until the backend is idle
-- (even from earlier transactions), so a statement's scans are the growth over this baseline. The
-- counting function is called directly: the view computes a dozen counters for every table.
select c.oid::bigint as oid, pg_stat_get_xact_numscans(c.oid) as seq_scan
from pg_class c
where c.relkind in ('r', 'p', 'm') and c.oid >= 16384 and pg_stat_get_xact_numscans(c.oid) > 0
