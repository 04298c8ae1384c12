SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'web';
