CREATE TABLE orders (id int PRIMARY KEY, note text);
CREATE INDEX orders_note ON orders (note);
CREATE INDEX orders_note2 ON orders (note);
