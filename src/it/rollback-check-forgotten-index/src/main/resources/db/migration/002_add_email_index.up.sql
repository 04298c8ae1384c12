CREATE UNIQUE INDEX users_email_idx ON users (lower(email));
CREATE INDEX users_created_at_idx ON users (created_at);
