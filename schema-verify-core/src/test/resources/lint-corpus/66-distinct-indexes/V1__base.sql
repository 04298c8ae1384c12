CREATE TABLE orders (id int PRIMARY KEY, note text);
CREATE INDEX orders_note ON orders (note);
CREATE INDEX orders_note_lower ON orders (lower(note));
CREATE INDEX orders_note_desc ON orders (note DESC);
