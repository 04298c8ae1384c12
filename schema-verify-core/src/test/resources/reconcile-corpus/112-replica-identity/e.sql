CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL
);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_idx;
CREATE TABLE audit (
    id integer PRIMARY KEY
);
ALTER TABLE audit REPLICA IDENTITY NOTHING;
CREATE TABLE events (
    id integer NOT NULL
);
ALTER TABLE events REPLICA IDENTITY FULL;
