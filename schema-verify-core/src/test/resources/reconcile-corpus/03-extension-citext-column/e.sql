CREATE EXTENSION citext;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email citext NOT NULL,
    CONSTRAINT accounts_email_key UNIQUE (email)
);
