CREATE TABLE documents (
    id integer PRIMARY KEY,
    email text,
    data jsonb,
    body text
);
CREATE INDEX documents_email_idx ON documents (email);
CREATE INDEX documents_body_hash_idx ON documents USING hash (body);
