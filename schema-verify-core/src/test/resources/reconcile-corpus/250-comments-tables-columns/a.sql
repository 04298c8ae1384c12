CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text
);
COMMENT ON TABLE customers IS 'people who buy';
COMMENT ON COLUMN customers.name IS 'full name';
COMMENT ON COLUMN customers.email IS 'contact address';

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (id)
);
