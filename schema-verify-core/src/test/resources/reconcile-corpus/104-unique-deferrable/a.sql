CREATE TABLE ranking (
    id integer PRIMARY KEY,
    place integer,
    code text,
    CONSTRAINT ranking_place_key UNIQUE (place),
    CONSTRAINT ranking_code_key UNIQUE (code) DEFERRABLE INITIALLY DEFERRED
);
