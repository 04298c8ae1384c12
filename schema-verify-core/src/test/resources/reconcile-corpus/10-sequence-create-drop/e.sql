CREATE SEQUENCE order_no START 1000;

CREATE TABLE orders (
    id integer PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('order_no')
);
