CREATE TABLE keyed_later (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE keyed_now (
    id integer,
    name text
);
