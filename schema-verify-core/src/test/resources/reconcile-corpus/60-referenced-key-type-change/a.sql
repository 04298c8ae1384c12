CREATE TABLE accounts (
    id integer PRIMARY KEY
);

CREATE TABLE transfers (
    id integer PRIMARY KEY,
    from_account integer NOT NULL REFERENCES accounts (id),
    to_account integer NOT NULL REFERENCES accounts (id)
);
CREATE INDEX transfers_from_idx ON transfers (from_account);
