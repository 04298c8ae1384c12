CREATE TABLE countries (
    id integer PRIMARY KEY,
    iso_code character(2) NOT NULL
);
CREATE UNIQUE INDEX countries_iso_code_idx ON countries (iso_code);
CREATE TABLE cities (
    id integer PRIMARY KEY,
    country_code character(2) NOT NULL REFERENCES countries (iso_code)
);
