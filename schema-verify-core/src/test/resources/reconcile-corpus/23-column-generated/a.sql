CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric NOT NULL,
    qty integer NOT NULL,
    total numeric GENERATED ALWAYS AS (price * qty) STORED,
    label text
);
