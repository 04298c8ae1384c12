CREATE SEQUENCE invoice_no;

CREATE TABLE orders (
    id integer PRIMARY KEY
);
