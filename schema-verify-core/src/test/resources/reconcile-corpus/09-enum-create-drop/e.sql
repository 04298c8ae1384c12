CREATE TYPE color AS ENUM ('red', 'green', 'blue');

CREATE TABLE widgets (
    id integer PRIMARY KEY,
    color color NOT NULL DEFAULT 'red',
    accents color[] NOT NULL DEFAULT '{}'
);
