SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN number bigint GENERATED ALWAYS AS IDENTITY;
