CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz,
    last_login timestamptz
);
CREATE INDEX users_email_idx ON users (email);
