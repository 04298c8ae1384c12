CREATE TABLE people (
    id integer PRIMARY KEY,
    nickname text,
    full_name text NOT NULL
);
