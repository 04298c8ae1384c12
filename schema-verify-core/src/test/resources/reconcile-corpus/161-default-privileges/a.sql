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

CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES FOR ROLE corpus_admin IN SCHEMA app GRANT SELECT ON TABLES TO corpus_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE corpus_admin IN SCHEMA app GRANT USAGE ON SEQUENCES TO corpus_writer;
