CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL,
    wheels integer CONSTRAINT vehicles_wheels_check CHECK (wheels >= 0)
);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
