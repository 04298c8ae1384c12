CREATE TABLE common (
    id integer PRIMARY KEY
);

CREATE TABLE placeholder ();
