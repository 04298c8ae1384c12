CREATE TABLE cities (
    country char(2) NOT NULL,
    name text NOT NULL,
    id integer PRIMARY KEY
);

CREATE VIEW all_cities AS SELECT * FROM cities;
