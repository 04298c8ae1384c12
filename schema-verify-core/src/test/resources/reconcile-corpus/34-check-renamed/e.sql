CREATE TABLE cart_items (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    CONSTRAINT cart_items_qty_check CHECK (qty > 0)
);
