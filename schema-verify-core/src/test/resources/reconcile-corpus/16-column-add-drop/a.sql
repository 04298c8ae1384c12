CREATE TABLE members (
    id integer PRIMARY KEY,
    legacy_code text,
    notes text
);
