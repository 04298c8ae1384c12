CREATE TABLE logins (
    id integer PRIMARY KEY,
    at bigint NOT NULL DEFAULT 0,
    ip text
);
