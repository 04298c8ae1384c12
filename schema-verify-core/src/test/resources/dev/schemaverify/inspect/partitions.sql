-- Partitioned tables on several levels, foreign keys into and out of them, indexes of both kinds, a row
-- trigger PostgreSQL clones to every partition, partition-level RLS, policies and grants, and INHERITS.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.shops (id integer PRIMARY KEY);
CREATE TABLE public.stock (
    shop_id integer NOT NULL REFERENCES public.shops,
    sku text NOT NULL,
    counted_on date NOT NULL,
    quantity integer NOT NULL CONSTRAINT stock_quantity_check CHECK (quantity >= 0),
    PRIMARY KEY (shop_id, sku, counted_on)
) PARTITION BY RANGE (counted_on);
CREATE TABLE public.stock_2024 PARTITION OF public.stock
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (shop_id);
CREATE TABLE public.stock_2024_a PARTITION OF public.stock_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.stock_2024_b PARTITION OF public.stock_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE public.stock_rest PARTITION OF public.stock DEFAULT;
CREATE TABLE public.stock_by_sku (shop_id integer NOT NULL, sku text NOT NULL) PARTITION BY LIST (sku);
CREATE TABLE public.stock_by_sku_a PARTITION OF public.stock_by_sku FOR VALUES IN ('a', 'b');
CREATE INDEX stock_sku_idx ON public.stock (sku);
CREATE INDEX stock_rest_quantity_idx ON public.stock_rest (quantity);
CREATE TRIGGER stock_touch BEFORE UPDATE ON public.stock FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TABLE public.stock_audits (
    id bigint PRIMARY KEY,
    shop_id integer NOT NULL,
    sku text NOT NULL,
    counted_on date NOT NULL,
    CONSTRAINT stock_audits_stock_fkey FOREIGN KEY (shop_id, sku, counted_on) REFERENCES public.stock
);
ALTER TABLE public.stock_rest ENABLE ROW LEVEL SECURITY;
CREATE POLICY rest_positive ON public.stock_rest FOR SELECT USING (quantity > 0);
GRANT SELECT ON public.stock_2024_a TO PUBLIC;
CREATE TABLE public.notes (id integer PRIMARY KEY, body text CONSTRAINT notes_body_check CHECK (body <> ''));
CREATE TABLE public.pinned_notes (pinned_at timestamp, body text) INHERITS (public.notes);
