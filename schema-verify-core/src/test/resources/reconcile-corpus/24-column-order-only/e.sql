CREATE TABLE readings (
    taken_at timestamptz NOT NULL DEFAULT now(),
    value double precision,
    id integer PRIMARY KEY,
    sensor text NOT NULL
);
