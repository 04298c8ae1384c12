CREATE TABLE readings (
    id integer PRIMARY KEY,
    value double precision,
    CONSTRAINT readings_value_check CHECK (value >= 0) NO INHERIT
);
