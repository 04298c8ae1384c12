CREATE TABLE keyed_later (
    id integer,
    name text
);

CREATE TABLE keyed_now (
    id integer PRIMARY KEY,
    name text
);
