CREATE TABLE orders (id integer PRIMARY KEY);
CREATE TABLE lines (id integer PRIMARY KEY, order_id integer REFERENCES orders (id));
CREATE UNLOGGED TABLE areas (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE zones (id integer PRIMARY KEY, area_id integer REFERENCES areas (id));
CREATE TABLE carriers (id integer PRIMARY KEY);
CREATE TABLE parcels (id integer PRIMARY KEY, carrier_id integer REFERENCES carriers (id));
