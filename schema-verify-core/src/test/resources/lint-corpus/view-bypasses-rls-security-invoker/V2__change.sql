CREATE VIEW profile_emails WITH (security_invoker = true) AS SELECT id, email FROM profiles;
GRANT SELECT ON profile_emails TO authenticated;
