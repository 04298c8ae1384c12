CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text,
    phone text
);
COMMENT ON TABLE customers IS 'people who buy from us';
COMMENT ON COLUMN customers.name IS 'full name';
COMMENT ON COLUMN customers.phone IS 'mobile, E.164';

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (id)
);
COMMENT ON TABLE orders IS 'one row an order';
COMMENT ON COLUMN orders.customer_id IS 'who ordered';
