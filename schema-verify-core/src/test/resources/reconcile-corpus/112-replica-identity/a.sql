CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL
);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY FULL;
CREATE TABLE audit (
    id integer PRIMARY KEY
);
CREATE TABLE events (
    id integer NOT NULL
);
