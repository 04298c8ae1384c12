CREATE VIEW profile_emails AS SELECT id, email FROM profiles;
GRANT SELECT ON profile_emails TO anon, authenticated;
