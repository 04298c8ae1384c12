-- The sequential scans this backend has counted but not yet reported to the statistics collector, read
-- at the start of a transaction: pg_stat_xact_user_tables holds them until the backend is idle (even
-- from earlier transactions), so a statement's scans are the growth over this baseline.
select relid::bigint as oid, seq_scan
from pg_stat_xact_user_tables
where seq_scan > 0
