CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (
    id bigint NOT NULL,
    ordered_on date NOT NULL,
    customer_id integer NOT NULL REFERENCES customers,
    total numeric NOT NULL CONSTRAINT orders_total_check CHECK (total >= 0),
    PRIMARY KEY (id, ordered_on)
) PARTITION BY RANGE (ordered_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2023 PARTITION OF orders FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE INDEX orders_customer_idx ON orders (customer_id);
