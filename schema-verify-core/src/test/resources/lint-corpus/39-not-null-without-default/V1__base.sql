CREATE TABLE customers (id integer PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer, note varchar(100), amount numeric(10,2),
    qty integer, created timestamp);
