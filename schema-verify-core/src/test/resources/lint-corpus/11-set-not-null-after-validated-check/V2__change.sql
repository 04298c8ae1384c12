SET lock_timeout = '5s';
ALTER TABLE orders VALIDATE CONSTRAINT qty_present;
