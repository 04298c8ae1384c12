CREATE TABLE readings (
    id integer PRIMARY KEY,
    sensor text NOT NULL,
    value double precision,
    taken_at timestamptz NOT NULL DEFAULT now()
);
