CREATE SEQUENCE batch_no INCREMENT 1 CACHE 1;

CREATE TABLE warehouses (
    id serial PRIMARY KEY,
    name text NOT NULL,
    city text
);

CREATE TABLE stock_items (
    id serial PRIMARY KEY,
    warehouse_id integer NOT NULL REFERENCES warehouses (id),
    sku text NOT NULL,
    qty integer NOT NULL DEFAULT 0,
    CONSTRAINT stock_items_qty_check CHECK (qty >= 0)
);
CREATE INDEX stock_items_sku_idx ON stock_items (sku);

CREATE FUNCTION stock_of(item_sku text) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT sum(qty) FROM stock_items WHERE sku = item_sku $$;

CREATE MATERIALIZED VIEW stock_totals AS SELECT sku, sum(qty) AS qty FROM stock_items GROUP BY sku;
