SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN qty SET NOT NULL;
