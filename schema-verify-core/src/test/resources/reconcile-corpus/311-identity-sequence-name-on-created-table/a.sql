CREATE TABLE tickets (
    id integer NOT NULL PRIMARY KEY,
    title text
);
