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

CREATE SEQUENCE invoice_numbers;
GRANT USAGE ON SEQUENCE invoice_numbers TO corpus_writer;
GRANT UPDATE ON SEQUENCE invoice_numbers TO corpus_admin WITH GRANT OPTION;

CREATE SEQUENCE ticket_numbers;
GRANT USAGE ON SEQUENCE ticket_numbers TO corpus_writer;
