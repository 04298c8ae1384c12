CREATE TABLE stock (
    id integer PRIMARY KEY,
    quantity integer NOT NULL DEFAULT 0,
    price numeric(10, 2),
    active boolean
);
