SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE USING INDEX orders_note_key;
