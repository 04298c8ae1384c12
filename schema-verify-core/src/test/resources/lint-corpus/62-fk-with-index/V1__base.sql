CREATE TABLE orders (id int PRIMARY KEY);
CREATE TABLE items (id int PRIMARY KEY, order_id int REFERENCES orders (id));
CREATE INDEX items_order ON items (order_id);
