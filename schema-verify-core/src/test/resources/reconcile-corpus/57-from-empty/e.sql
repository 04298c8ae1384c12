-- Roles are cluster-wide: create them only when missing, tolerate a concurrent creator, never drop them.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_reader') THEN
        CREATE ROLE corpus_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_writer') THEN
        CREATE ROLE corpus_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_admin') THEN
        CREATE ROLE corpus_admin NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

CREATE EXTENSION pgcrypto;
CREATE SCHEMA shop;
CREATE TYPE shop.order_state AS ENUM ('new', 'paid', 'shipped');
CREATE SEQUENCE shop.order_number START 1000;

CREATE TABLE shop.customers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE,
    tenant_id integer NOT NULL
);
ALTER TABLE shop.customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY customers_tenant ON shop.customers TO corpus_reader
    USING (tenant_id = current_setting('app.tenant_id')::integer);
GRANT SELECT ON shop.customers TO corpus_reader;

CREATE TABLE shop.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('shop.order_number'),
    customer_id uuid NOT NULL REFERENCES shop.customers (id),
    state shop.order_state NOT NULL DEFAULT 'new',
    total numeric(12, 2) NOT NULL CHECK (total >= 0),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON shop.orders (customer_id, updated_at DESC);

CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch();

CREATE PROCEDURE shop.ship(order_id bigint) LANGUAGE sql
    AS $$ UPDATE shop.orders SET state = 'shipped' WHERE id = order_id $$;

CREATE VIEW shop.open_orders AS SELECT id, customer_id, total FROM shop.orders WHERE state <> 'shipped';
CREATE MATERIALIZED VIEW shop.revenue AS SELECT state, sum(total) AS total FROM shop.orders GROUP BY state;
