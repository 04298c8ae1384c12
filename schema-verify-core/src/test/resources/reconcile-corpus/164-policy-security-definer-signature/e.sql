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

CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL
);

CREATE FUNCTION is_member(tenant integer, required_role text DEFAULT 'reader') RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog AS $$ SELECT tenant > 0 AND required_role IS NOT NULL $$;
REVOKE EXECUTE ON FUNCTION is_member(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION is_member(integer, text) TO corpus_reader;

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_member ON documents FOR SELECT TO corpus_reader USING (is_member(tenant_id));
