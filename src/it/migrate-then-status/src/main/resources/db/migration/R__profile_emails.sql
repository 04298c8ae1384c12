CREATE OR REPLACE VIEW profile_emails AS SELECT id, email FROM profiles;
