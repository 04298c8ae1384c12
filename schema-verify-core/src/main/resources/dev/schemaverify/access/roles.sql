-- Which of the given role names exist (roles are cluster-wide), so the matrix names the missing ones.
select rolname from pg_catalog.pg_roles where rolname = any(?::text[]) order by rolname
