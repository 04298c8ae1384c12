CREATE TABLE members (
    id integer PRIMARY KEY,
    email text NOT NULL,
    handle text NOT NULL
);
ALTER TABLE members ADD CONSTRAINT members_email_key UNIQUE (email);
CREATE UNIQUE INDEX members_handle_key ON members (handle);
