CREATE TABLE orders (id bigint PRIMARY KEY, code text NOT NULL, placed_at timestamptz NOT NULL);
CREATE UNIQUE INDEX orders_code ON orders (code);
CREATE INDEX orders_code_placed ON orders (code, placed_at);
CREATE INDEX orders_id_placed ON orders (id, placed_at);
CREATE INDEX orders_placed_desc ON orders (placed_at DESC);
CREATE INDEX orders_placed_code ON orders (placed_at, code);
