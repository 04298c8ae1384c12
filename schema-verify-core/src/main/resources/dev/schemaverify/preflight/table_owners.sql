-- The existing tables whose definition the pending migrations change (parameter 1: quoted names), with
-- their owner and whether the login acts as it: ALTER, DROP, CREATE INDEX and triggers need the owner.
SELECT wanted.name AS wanted,
       n.nspname AS schema_name,
       c.relname AS table_name,
       pg_get_userbyid(c.relowner) AS owner,
       pg_has_role(current_user, c.relowner, 'USAGE') AS acts_as_owner
FROM unnest(?::text[]) AS wanted(name)
JOIN pg_class c ON c.oid = to_regclass(wanted.name)
JOIN pg_namespace n ON n.oid = c.relnamespace
ORDER BY n.nspname, c.relname
