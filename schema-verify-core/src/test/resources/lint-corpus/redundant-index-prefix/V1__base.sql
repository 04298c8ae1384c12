CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL);
CREATE INDEX orders_customer ON orders (customer_id, placed_at);
