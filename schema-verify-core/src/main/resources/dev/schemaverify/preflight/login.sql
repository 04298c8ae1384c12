-- The login's role attributes: a superuser is warned about (routine checks should not need one).
SELECT current_user AS login, r.rolsuper AS superuser, r.rolcreatedb AS createdb
FROM pg_roles r
WHERE r.rolname = current_user
