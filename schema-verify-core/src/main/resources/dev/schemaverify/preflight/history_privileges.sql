-- The history table migrate records each migration in (parameter 1: its quoted name): whether it exists
-- and which of the privileges migrate uses on it the login holds.
SELECT c.oid IS NOT NULL AS present,
       c.oid IS NULL OR has_table_privilege(c.oid, 'SELECT') AS can_select,
       c.oid IS NULL OR has_table_privilege(c.oid, 'INSERT') AS can_insert,
       c.oid IS NULL OR has_table_privilege(c.oid, 'UPDATE') AS can_update,
       c.oid IS NULL OR has_table_privilege(c.oid, 'DELETE') AS can_delete
FROM (SELECT to_regclass(?) AS oid) AS history
LEFT JOIN pg_class c ON c.oid = history.oid
