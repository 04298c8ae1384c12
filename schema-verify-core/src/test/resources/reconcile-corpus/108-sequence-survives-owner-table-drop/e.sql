CREATE SEQUENCE legacy_orders_id_seq AS integer;
CREATE TABLE orders (
    id integer PRIMARY KEY DEFAULT nextval('legacy_orders_id_seq')
);
