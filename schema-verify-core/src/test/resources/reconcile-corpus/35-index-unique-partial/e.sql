CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz,
    last_login timestamptz
);
CREATE UNIQUE INDEX users_email_idx ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_active_login_idx ON users (last_login) WHERE deleted_at IS NULL AND last_login IS NOT NULL;
