CREATE TABLE countries (
    id integer PRIMARY KEY,
    iso_code character(2) NOT NULL
);
CREATE TABLE cities (
    id integer PRIMARY KEY,
    country_code character(2) NOT NULL
);
