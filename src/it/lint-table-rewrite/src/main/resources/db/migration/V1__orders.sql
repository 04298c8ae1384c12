CREATE TABLE orders (id bigint PRIMARY KEY, qty integer NOT NULL);
