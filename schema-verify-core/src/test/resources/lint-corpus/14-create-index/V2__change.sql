SET lock_timeout = '5s';
CREATE INDEX orders_note ON orders (note);
