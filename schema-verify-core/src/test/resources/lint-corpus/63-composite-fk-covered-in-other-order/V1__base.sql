CREATE TABLE orders (id int, region int, PRIMARY KEY (id, region));
CREATE TABLE items (id int PRIMARY KEY, order_id int, region int, FOREIGN KEY (order_id, region) REFERENCES orders (id, region));
CREATE INDEX items_region_order ON items (region, order_id);
