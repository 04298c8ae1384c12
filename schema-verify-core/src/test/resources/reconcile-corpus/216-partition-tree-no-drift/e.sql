CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE shops (id integer PRIMARY KEY);
CREATE TABLE stock (
    shop_id integer NOT NULL REFERENCES shops,
    sku text NOT NULL,
    counted_on date NOT NULL,
    quantity integer NOT NULL CONSTRAINT stock_quantity_check CHECK (quantity >= 0),
    PRIMARY KEY (shop_id, sku, counted_on)
) PARTITION BY RANGE (counted_on);
CREATE TABLE stock_2024 PARTITION OF stock FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (shop_id);
CREATE TABLE stock_2024_a PARTITION OF stock_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE stock_2024_b PARTITION OF stock_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE stock_rest PARTITION OF stock DEFAULT;
CREATE INDEX stock_sku_idx ON stock (sku);
CREATE TRIGGER stock_touch BEFORE UPDATE ON stock FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE stock_audits (
    id bigint PRIMARY KEY,
    shop_id integer NOT NULL,
    sku text NOT NULL,
    counted_on date NOT NULL,
    FOREIGN KEY (shop_id, sku, counted_on) REFERENCES stock
);
CREATE TABLE notes (id integer PRIMARY KEY, body text CONSTRAINT notes_body_check CHECK (body <> ''));
CREATE TABLE pinned_notes (pinned_at timestamp) INHERITS (notes);
