SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(14,2);
