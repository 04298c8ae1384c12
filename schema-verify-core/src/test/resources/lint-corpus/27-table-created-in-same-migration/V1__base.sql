CREATE TABLE customers (id integer PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer, note varchar(100), amount numeric(10,2),
    qty integer, created timestamp);
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
CREATE INDEX orders_note ON orders (note);
ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0);
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;
