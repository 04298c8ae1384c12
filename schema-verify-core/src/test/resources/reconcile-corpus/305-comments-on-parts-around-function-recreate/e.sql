CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    size integer NOT NULL
);
CREATE FUNCTION can_read(owner text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT owner = CURRENT_USER $$;
CREATE FUNCTION is_big(size_in_bytes integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT size_in_bytes > 1000000 $$;
CREATE FUNCTION log_big() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT USING (can_read(owner_name));
COMMENT ON POLICY documents_read ON documents IS 'owners read their documents';
CREATE TRIGGER documents_big AFTER INSERT ON documents FOR EACH ROW WHEN (is_big(NEW.size)) EXECUTE FUNCTION log_big();
COMMENT ON TRIGGER documents_big ON documents IS 'logs big uploads';
