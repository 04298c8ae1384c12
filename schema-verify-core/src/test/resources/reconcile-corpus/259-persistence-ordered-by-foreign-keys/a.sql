CREATE UNLOGGED TABLE orders (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE lines (id integer PRIMARY KEY, order_id integer REFERENCES orders (id));
CREATE TABLE areas (id integer PRIMARY KEY);
CREATE TABLE zones (id integer PRIMARY KEY, area_id integer REFERENCES areas (id));
CREATE UNLOGGED TABLE carriers (id integer PRIMARY KEY);
CREATE TABLE parcels (id integer PRIMARY KEY, carrier_id integer);
