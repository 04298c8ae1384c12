SET lock_timeout = '5s';
-- schema-verify:ignore table-rewrite
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
