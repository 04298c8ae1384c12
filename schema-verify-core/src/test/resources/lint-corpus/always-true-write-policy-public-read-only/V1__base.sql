DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;
END $$;
CREATE SCHEMA auth;
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
CREATE TABLE posts (id bigint PRIMARY KEY, author uuid NOT NULL, body text);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_read ON posts FOR SELECT TO anon, authenticated USING (true);
CREATE POLICY posts_write ON posts FOR INSERT TO authenticated WITH CHECK (author = (SELECT auth.uid()));
GRANT SELECT ON posts TO anon, authenticated;
GRANT INSERT ON posts TO authenticated;
