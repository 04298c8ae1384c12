CREATE TABLE documents (
    id integer PRIMARY KEY,
    email text,
    data jsonb,
    body text
);
CREATE INDEX documents_email_idx ON documents (lower(email));
CREATE INDEX documents_data_idx ON documents USING gin (data jsonb_path_ops);
CREATE INDEX documents_body_fts_idx ON documents USING gin (to_tsvector('english', body));
