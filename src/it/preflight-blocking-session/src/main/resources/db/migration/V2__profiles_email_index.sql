CREATE INDEX profiles_email_idx ON profiles (email);
