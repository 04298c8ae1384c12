CREATE TABLE people (
    id integer PRIMARY KEY,
    nickname text NOT NULL,
    full_name text
);
