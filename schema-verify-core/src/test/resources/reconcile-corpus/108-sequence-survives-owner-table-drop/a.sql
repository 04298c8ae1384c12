CREATE TABLE legacy_orders (
    id serial PRIMARY KEY,
    total numeric
);
CREATE TABLE orders (
    id integer PRIMARY KEY
);
