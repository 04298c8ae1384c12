CREATE TABLE cities (
    id integer PRIMARY KEY,
    name text NOT NULL,
    country char(2) NOT NULL
);

CREATE VIEW all_cities AS SELECT * FROM cities;
