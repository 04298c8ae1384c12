CREATE TABLE authors (
    id integer PRIMARY KEY,
    code text NOT NULL,
    name text
);
CREATE UNIQUE INDEX authors_code_idx ON authors (code);
COMMENT ON INDEX authors_code_idx IS 'short codes';
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_code text CONSTRAINT books_author_fk REFERENCES authors (code)
);
COMMENT ON CONSTRAINT books_author_fk ON books IS 'written by';
