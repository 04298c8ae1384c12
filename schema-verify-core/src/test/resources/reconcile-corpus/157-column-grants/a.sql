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

CREATE TABLE profiles (
    id integer PRIMARY KEY,
    display_name text,
    email text,
    "Phone Number" text
);
GRANT SELECT (id, display_name) ON profiles TO corpus_reader;
GRANT UPDATE (display_name, email) ON profiles TO corpus_writer;
