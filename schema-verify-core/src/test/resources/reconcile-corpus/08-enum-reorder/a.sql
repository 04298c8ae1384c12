CREATE TYPE shirt_size AS ENUM ('small', 'medium', 'large');

CREATE TABLE shirts (
    id integer PRIMARY KEY,
    size shirt_size NOT NULL,
    also_fits shirt_size[]
);
