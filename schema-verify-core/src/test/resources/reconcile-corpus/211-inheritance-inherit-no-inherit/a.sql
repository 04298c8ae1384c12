CREATE TABLE animals (id integer NOT NULL, name text, legs integer CONSTRAINT animals_legs_check CHECK (legs >= 0));
CREATE TABLE cats (id integer NOT NULL, name text, legs integer CONSTRAINT animals_legs_check CHECK (legs >= 0), indoor boolean);
