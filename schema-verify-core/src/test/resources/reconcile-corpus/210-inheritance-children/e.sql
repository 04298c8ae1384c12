CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL,
    wheels integer CONSTRAINT vehicles_wheels_check CHECK (wheels >= 0)
);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
CREATE TABLE bikes (electric boolean DEFAULT false NOT NULL) INHERITS (vehicles);
CREATE INDEX bikes_name_idx ON bikes (name);
