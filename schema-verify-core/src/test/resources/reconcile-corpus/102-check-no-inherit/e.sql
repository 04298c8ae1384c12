CREATE TABLE readings (
    id integer PRIMARY KEY,
    value double precision,
    CONSTRAINT readings_value_check CHECK (value >= 0)
);
CREATE TABLE archive (
    id integer PRIMARY KEY,
    CONSTRAINT archive_id_check CHECK (id > 0) NO INHERIT
);
