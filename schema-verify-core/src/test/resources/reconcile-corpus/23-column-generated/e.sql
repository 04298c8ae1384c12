CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric NOT NULL,
    qty integer NOT NULL,
    total numeric GENERATED ALWAYS AS (round(price * qty, 2)) STORED,
    label text GENERATED ALWAYS AS (lower(name)) STORED
);
