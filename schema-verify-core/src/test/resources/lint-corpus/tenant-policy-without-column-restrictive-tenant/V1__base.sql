DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;
END $$;
CREATE SCHEMA auth;
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
CREATE TABLE members (id bigint PRIMARY KEY, org_id uuid NOT NULL, user_id uuid NOT NULL);
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_own ON members FOR SELECT TO authenticated USING (user_id = (SELECT auth.uid()));
CREATE POLICY members_org ON members AS RESTRICTIVE FOR SELECT TO authenticated
    USING (org_id = (SELECT nullif(current_setting('app.org_id', true), '')::uuid));
GRANT SELECT ON members TO authenticated;
