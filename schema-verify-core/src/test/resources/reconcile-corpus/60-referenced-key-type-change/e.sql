CREATE TABLE accounts (
    id bigint PRIMARY KEY
);

CREATE TABLE transfers (
    id bigint PRIMARY KEY,
    from_account bigint NOT NULL REFERENCES accounts (id),
    to_account bigint NOT NULL REFERENCES accounts (id)
);
CREATE INDEX transfers_from_idx ON transfers (from_account);
