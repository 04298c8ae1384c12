DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_reader') THEN
        CREATE ROLE corpus_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_writer') THEN
        CREATE ROLE corpus_writer NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;
CREATE TABLE documents (id bigint NOT NULL, tenant text NOT NULL, body text) PARTITION BY LIST (tenant);
CREATE TABLE documents_acme PARTITION OF documents FOR VALUES IN ('acme');
CREATE TABLE documents_globex PARTITION OF documents FOR VALUES IN ('globex');
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT USING (tenant = current_setting('app.tenant'));
ALTER TABLE documents_globex ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents_globex FORCE ROW LEVEL SECURITY;
CREATE POLICY globex_only ON documents_globex FOR ALL TO corpus_writer USING (body IS NOT NULL);
GRANT SELECT ON documents TO corpus_reader;
GRANT SELECT ON documents_acme TO corpus_writer;
GRANT SELECT, UPDATE ON documents_globex TO corpus_writer;
