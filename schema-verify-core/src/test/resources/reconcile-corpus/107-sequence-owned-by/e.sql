CREATE TABLE documents (
    id integer PRIMARY KEY,
    revision integer,
    copy integer
);
CREATE SEQUENCE documents_revision_seq OWNED BY documents.copy;
CREATE SEQUENCE documents_copy_seq OWNED BY documents.copy;
