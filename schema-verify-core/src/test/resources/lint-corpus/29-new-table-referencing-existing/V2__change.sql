SET lock_timeout = '5s';
CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));
CREATE INDEX payments_order ON payments (order_id);
