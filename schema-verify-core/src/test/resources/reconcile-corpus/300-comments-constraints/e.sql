CREATE TABLE customers (
    id integer CONSTRAINT customers_pkey PRIMARY KEY,
    email text CONSTRAINT customers_email_key UNIQUE,
    handle text CONSTRAINT customers_handle_key UNIQUE
);
COMMENT ON CONSTRAINT customers_pkey ON customers IS 'one row per customer';
COMMENT ON CONSTRAINT customers_handle_key ON customers IS 'public name';

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer CONSTRAINT orders_customer_fk REFERENCES customers (id),
    total numeric CONSTRAINT orders_total_check CHECK (total >= 0)
);
COMMENT ON CONSTRAINT orders_pkey ON orders IS 'one row an order';
COMMENT ON CONSTRAINT orders_total_check ON orders IS 'no negative totals';
