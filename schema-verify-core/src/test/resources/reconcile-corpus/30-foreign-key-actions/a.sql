CREATE TABLE authors (
    id integer PRIMARY KEY
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id) ON DELETE RESTRICT,
    editor_id integer DEFAULT 0 REFERENCES authors (id) ON DELETE CASCADE ON UPDATE CASCADE
);
