-- Roles are cluster-wide: create them only when missing, tolerate a concurrent creator, never drop them.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_reader') THEN
        CREATE ROLE corpus_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_writer') THEN
        CREATE ROLE corpus_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_admin') THEN
        CREATE ROLE corpus_admin NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

CREATE FUNCTION is_admin(uid integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog AS $$ SELECT uid = 1 $$;
REVOKE EXECUTE ON FUNCTION is_admin(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION is_admin(integer) TO corpus_reader;
GRANT EXECUTE ON FUNCTION is_admin(integer) TO corpus_admin WITH GRANT OPTION;

CREATE PROCEDURE purge() LANGUAGE sql AS $$ SELECT 1 $$;

CREATE FUNCTION secret_count() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog AS $$ SELECT 42::bigint $$;
REVOKE ALL ON FUNCTION secret_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION secret_count() TO corpus_writer;
