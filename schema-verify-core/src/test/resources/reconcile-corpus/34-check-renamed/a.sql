CREATE TABLE cart_items (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    CONSTRAINT positive_qty CHECK (qty > 0)
);
