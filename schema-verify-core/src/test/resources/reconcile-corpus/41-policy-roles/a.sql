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

CREATE TABLE reports (
    id integer PRIMARY KEY,
    published boolean NOT NULL DEFAULT false
);
ALTER TABLE reports ENABLE ROW LEVEL SECURITY;

CREATE POLICY reports_read ON reports FOR SELECT TO corpus_reader USING (published);
CREATE POLICY reports_write ON reports FOR ALL TO corpus_writer, corpus_admin USING (true);
CREATE POLICY reports_audit ON reports FOR SELECT TO corpus_admin USING (true);
