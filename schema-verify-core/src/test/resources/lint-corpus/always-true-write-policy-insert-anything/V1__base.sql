DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;
END $$;
CREATE SCHEMA auth;
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
CREATE TABLE todos (id bigint PRIMARY KEY, owner uuid NOT NULL, task text);
ALTER TABLE todos ENABLE ROW LEVEL SECURITY;
CREATE POLICY todos_select ON todos FOR SELECT TO authenticated USING (owner = (SELECT auth.uid()));
CREATE POLICY todos_insert ON todos FOR INSERT TO authenticated WITH CHECK (true);
GRANT SELECT, INSERT ON todos TO authenticated;
