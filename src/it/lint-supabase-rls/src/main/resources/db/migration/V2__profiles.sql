CREATE TABLE profiles (id uuid PRIMARY KEY, email text NOT NULL);
ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY profiles_own ON profiles FOR SELECT TO authenticated USING (id = (SELECT auth.uid()));
CREATE POLICY profiles_insert ON profiles FOR INSERT TO authenticated WITH CHECK (true);
GRANT SELECT, INSERT ON profiles TO authenticated;
ALTER TABLE profiles OWNER TO app_owner;
CREATE VIEW profile_emails AS SELECT id, email FROM profiles;
GRANT SELECT ON profile_emails TO anon;
CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL);
-- the exporter's key, to be moved to the vault
