SET lock_timeout = '5s';
ALTER TABLE customers ALTER COLUMN email TYPE integer USING length(email);
