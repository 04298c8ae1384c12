CREATE TABLE members (
    id integer PRIMARY KEY,
    email text NOT NULL,
    handle text NOT NULL
);
CREATE UNIQUE INDEX members_email_key ON members (email);
ALTER TABLE members ADD CONSTRAINT members_handle_key UNIQUE (handle);
