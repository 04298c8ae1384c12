CREATE TABLE common (
    id integer PRIMARY KEY
);

CREATE TABLE notes (
    id integer PRIMARY KEY,
    common_id integer NOT NULL REFERENCES common (id),
    body text
);
